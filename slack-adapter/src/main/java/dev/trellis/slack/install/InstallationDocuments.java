package dev.trellis.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import dev.trellis.core.privacy.UnreadableTextException;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps an installation to and from its stored document. Every token, and the incoming-webhook URL
 * (whoever holds it can post), is stored encrypted, bound to its installation and field; absent
 * values are left out, not stored as null. A stored secret that does not decrypt there (copied from
 * another installation or field, or damaged) reads as absent, and is logged by its place only.
 */
final class InstallationDocuments {

  static final String BOT_TOKEN = "encryptedBotToken";
  static final String INSTALLER_USER_ID = "installerUserId";

  /** The installer's own (user) token fields, removed when that user's tokens are revoked. */
  static final List<String> INSTALLER_TOKEN_FIELDS =
      List.of(
          "encryptedInstallerUserToken",
          "encryptedInstallerUserRefreshToken",
          "installerUserTokenExpiresAt",
          "installerUserScope");

  private static final Logger log = LoggerFactory.getLogger(InstallationDocuments.class);

  private final TextCipher cipher;

  InstallationDocuments(TextCipher cipher) {
    this.cipher = cipher;
  }

  Document toDocument(String id, Installer installer) {
    Document doc = new Document("_id", id);
    doc.putAll(botFields(id, installer.toBot()));
    put(doc, "botScope", installer.getBotScope());
    put(doc, INSTALLER_USER_ID, installer.getInstallerUserId());
    put(doc, "installerUserScope", installer.getInstallerUserScope());
    putEncrypted(doc, id, "encryptedInstallerUserToken", installer.getInstallerUserAccessToken());
    putEncrypted(
        doc, id, "encryptedInstallerUserRefreshToken", installer.getInstallerUserRefreshToken());
    put(doc, "installerUserTokenExpiresAt", installer.getInstallerUserTokenExpiresAt());
    putEncrypted(doc, id, "encryptedIncomingWebhookUrl", installer.getIncomingWebhookUrl());
    put(doc, "incomingWebhookChannelId", installer.getIncomingWebhookChannelId());
    put(doc, "incomingWebhookConfigurationUrl", installer.getIncomingWebhookConfigurationUrl());
    if (installer instanceof DefaultInstaller named) {
      put(doc, "enterpriseName", named.getEnterpriseName());
      put(doc, "teamName", named.getTeamName());
    }
    return doc;
  }

  /**
   * The bot's fields only, for a token refresh that must not touch the installer's; {@code id} is
   * the installation's.
   */
  Document botFields(String id, Bot bot) {
    Document doc = new Document();
    put(doc, "enterpriseId", bot.getEnterpriseId());
    put(doc, "teamId", bot.getTeamId());
    put(doc, "isEnterpriseInstall", bot.getIsEnterpriseInstall());
    put(doc, "enterpriseUrl", bot.getEnterpriseUrl());
    put(doc, "appId", bot.getAppId());
    put(doc, "tokenType", bot.getTokenType());
    put(doc, "botId", bot.getBotId());
    put(doc, "botUserId", bot.getBotUserId());
    put(doc, "botScope", botScope(bot));
    putEncrypted(doc, id, BOT_TOKEN, bot.getBotAccessToken());
    putEncrypted(doc, id, "encryptedBotRefreshToken", bot.getBotRefreshToken());
    put(doc, "botTokenExpiresAt", bot.getBotTokenExpiresAt());
    put(doc, "installedAt", bot.getInstalledAt());
    return doc;
  }

  /** The bot of a stored installation; null when it has no bot token (or one that decrypts). */
  DefaultBot toBot(Document doc) {
    String botToken = doc == null ? null : decrypted(doc, BOT_TOKEN);
    if (botToken == null) {
      return null;
    }
    DefaultBot bot = new DefaultBot();
    bot.setEnterpriseId(doc.getString("enterpriseId"));
    bot.setEnterpriseName(doc.getString("enterpriseName"));
    bot.setTeamId(doc.getString("teamId"));
    bot.setTeamName(doc.getString("teamName"));
    bot.setIsEnterpriseInstall(doc.getBoolean("isEnterpriseInstall"));
    bot.setEnterpriseUrl(doc.getString("enterpriseUrl"));
    bot.setAppId(doc.getString("appId"));
    bot.setTokenType(doc.getString("tokenType"));
    bot.setBotId(doc.getString("botId"));
    bot.setBotUserId(doc.getString("botUserId"));
    bot.setBotScope(doc.getString("botScope"));
    bot.setScope(doc.getString("botScope"));
    bot.setBotAccessToken(botToken);
    bot.setBotRefreshToken(decrypted(doc, "encryptedBotRefreshToken"));
    bot.setBotTokenExpiresAt(doc.getLong("botTokenExpiresAt"));
    bot.setInstalledAt(doc.getLong("installedAt"));
    return bot;
  }

  DefaultInstaller toInstaller(Document doc) {
    DefaultBot bot = toBot(doc);
    DefaultInstaller installer = new DefaultInstaller();
    installer.setEnterpriseId(doc.getString("enterpriseId"));
    installer.setEnterpriseName(doc.getString("enterpriseName"));
    installer.setTeamId(doc.getString("teamId"));
    installer.setTeamName(doc.getString("teamName"));
    installer.setIsEnterpriseInstall(doc.getBoolean("isEnterpriseInstall"));
    installer.setEnterpriseUrl(doc.getString("enterpriseUrl"));
    installer.setAppId(doc.getString("appId"));
    installer.setTokenType(doc.getString("tokenType"));
    installer.setInstallerUserId(doc.getString(INSTALLER_USER_ID));
    installer.setInstallerUserScope(doc.getString("installerUserScope"));
    installer.setInstallerUserAccessToken(decrypted(doc, "encryptedInstallerUserToken"));
    installer.setInstallerUserRefreshToken(decrypted(doc, "encryptedInstallerUserRefreshToken"));
    installer.setInstallerUserTokenExpiresAt(doc.getLong("installerUserTokenExpiresAt"));
    installer.setIncomingWebhookUrl(decrypted(doc, "encryptedIncomingWebhookUrl"));
    installer.setIncomingWebhookChannelId(doc.getString("incomingWebhookChannelId"));
    installer.setIncomingWebhookConfigurationUrl(doc.getString("incomingWebhookConfigurationUrl"));
    installer.setInstalledAt(doc.getLong("installedAt"));
    if (bot != null) {
      installer.setBotId(bot.getBotId());
      installer.setBotUserId(bot.getBotUserId());
      installer.setBotScope(bot.getBotScope());
      installer.setScope(bot.getBotScope());
      installer.setBotAccessToken(bot.getBotAccessToken());
      installer.setBotRefreshToken(bot.getBotRefreshToken());
      installer.setBotTokenExpiresAt(bot.getBotTokenExpiresAt());
    }
    return installer;
  }

  // Installer#toBot() fills DefaultBot's scope, not its botScope.
  private static String botScope(Bot bot) {
    if (bot.getBotScope() == null && bot instanceof DefaultBot scoped) {
      return scoped.getScope();
    }
    return bot.getBotScope();
  }

  /** The decrypted secret; null when absent or when it does not decrypt at its place. */
  String decrypted(Document doc, String field) {
    String stored = doc.getString(field);
    if (stored == null) {
      return null;
    }
    try {
      return cipher.decrypt(stored, place(doc.getString("_id"), field));
    } catch (UnreadableTextException e) {
      log.warn("{}; the installation reads as without it", e.getMessage());
      return null;
    }
  }

  private void putEncrypted(Document doc, String id, String field, String secret) {
    if (secret != null && !secret.isEmpty()) {
      doc.put(field, cipher.encrypt(secret, place(id, field)));
    }
  }

  /** A secret belongs to its installation (the workspace or grid org), which owns it. */
  private static TextPlace place(String id, String field) {
    return new TextPlace(SlackInstallSchema.INSTALLATIONS, id, field, id);
  }

  private static void put(Document doc, String field, Object value) {
    if (value != null) {
      doc.put(field, value);
    }
  }
}

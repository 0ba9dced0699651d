package dev.trellis.slack.install;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.InstallationService;
import dev.trellis.core.privacy.TextCipher;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Bolt's installation store on MongoDB: one document per installed workspace (or org-wide
 * Enterprise Grid install) in {@code slack_installations}, keyed by its team id (or enterprise id),
 * holding the latest installation only (no history) with every token encrypted.
 *
 * <p>The latest installer's user is kept with the bot; a reinstall replaces both. Deleting the bot
 * deletes the installation: without its bot token Trellis cannot reach the workspace.
 */
public final class MongoInstallationService implements InstallationService {

  private final MongoCollection<Document> installations;
  private final InstallationDocuments documents;
  private final Consumer<InstalledWorkspace> onInstalled;

  public MongoInstallationService(MongoDatabase db, TextCipher cipher) {
    this(db, cipher, workspace -> {});
  }

  /**
   * @param onInstalled told after each installation is stored, for example {@link
   *     LinkingInstalledWorkspace#link}; what it throws fails the install (Slack shows the failure
   *     page) but the stored installation stays, and a retry is harmless
   */
  public MongoInstallationService(
      MongoDatabase db, TextCipher cipher, Consumer<InstalledWorkspace> onInstalled) {
    this.installations = db.getCollection(SlackInstallSchema.INSTALLATIONS);
    this.documents = new InstallationDocuments(cipher);
    this.onInstalled = Objects.requireNonNull(onInstalled, "onInstalled");
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
    if (isHistoricalDataEnabled) {
      throw new UnsupportedOperationException(
          "Trellis keeps only the latest installation of each workspace");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    String id =
        InstallationKeys.key(
            installer.getEnterpriseId(), installer.getTeamId(), installer.getIsEnterpriseInstall());
    installations.replaceOne(
        byId(id), documents.toDocument(id, installer), new ReplaceOptions().upsert(true));
    onInstalled.accept(InstalledWorkspace.from(installer));
  }

  /**
   * Stores a refreshed bot token (token rotation) without touching the installer's fields. Only an
   * installation still stored is updated: a refresh racing an uninstall does not bring it back.
   */
  @Override
  public void saveBot(Bot bot) {
    String id =
        InstallationKeys.key(bot.getEnterpriseId(), bot.getTeamId(), bot.getIsEnterpriseInstall());
    installations.updateOne(byId(id), new Document("$set", documents.botFields(id, bot)));
  }

  @Override
  public void deleteBot(Bot bot) {
    installations.deleteOne(
        byId(
            InstallationKeys.key(
                bot.getEnterpriseId(), bot.getTeamId(), bot.getIsEnterpriseInstall())));
  }

  /** Forgets the installer's user token; the bot keeps working. */
  @Override
  public void deleteInstaller(Installer installer) {
    if (installer.getInstallerUserId() == null) {
      return;
    }
    Document unset = new Document();
    InstallationDocuments.INSTALLER_TOKEN_FIELDS.forEach(field -> unset.append(field, ""));
    installations.updateOne(
        byId(InstallationKeys.key(
                installer.getEnterpriseId(),
                installer.getTeamId(),
                installer.getIsEnterpriseInstall()))
            .append(InstallationDocuments.INSTALLER_USER_ID, installer.getInstallerUserId()),
        new Document("$unset", unset));
  }

  /** Erasure: an installer who is forgotten leaves neither their user id nor their token. */
  public void forgetInstaller(String installerUserId) {
    Document unset = new Document(InstallationDocuments.INSTALLER_USER_ID, "");
    InstallationDocuments.INSTALLER_TOKEN_FIELDS.forEach(field -> unset.append(field, ""));
    installations.updateMany(
        new Document(InstallationDocuments.INSTALLER_USER_ID, installerUserId),
        new Document("$unset", unset));
  }

  /**
   * Forgets the workspace's installation (on {@code app_uninstalled}); deleting what is already
   * gone does nothing. Within a grid it also forgets an org-wide install of the enterprise: Slack
   * sends {@code app_uninstalled} for an org-wide app only when the whole org uninstalls it.
   */
  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    if (teamId != null) {
      installations.deleteOne(byId(teamId));
    }
    if (enterpriseId != null) {
      installations.deleteOne(byId(enterpriseId).append("isEnterpriseInstall", true));
    }
  }

  /** An org-wide install of the enterprise first, then the workspace's own. */
  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    Document doc = find(enterpriseId, teamId);
    return doc == null ? null : documents.toBot(doc);
  }

  /** The latest installer, when it is this user (or when no user is asked for). */
  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    Document doc = find(enterpriseId, teamId);
    if (doc == null) {
      return null;
    }
    if (userId != null && !userId.equals(doc.getString(InstallationDocuments.INSTALLER_USER_ID))) {
      return null;
    }
    return documents.toInstaller(doc);
  }

  /**
   * The decrypted bot token stored for a Slack team id (or the enterprise id of an org-wide
   * install), as an org holds it; empty when not installed.
   */
  public Optional<String> botTokenFor(String slackTeamId) {
    Document doc = installations.find(byId(slackTeamId)).first();
    if (doc == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(documents.decrypted(doc, InstallationDocuments.BOT_TOKEN));
  }

  private Document find(String enterpriseId, String teamId) {
    if (enterpriseId != null) {
      Document orgWide = installations.find(byId(enterpriseId)).first();
      if (orgWide != null && Boolean.TRUE.equals(orgWide.getBoolean("isEnterpriseInstall"))) {
        return orgWide;
      }
    }
    return teamId == null ? null : installations.find(byId(teamId)).first();
  }

  private static Document byId(String id) {
    return new Document("_id", id);
  }
}

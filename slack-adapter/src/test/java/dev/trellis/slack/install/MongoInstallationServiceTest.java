package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoInstallationServiceTest {

  @RegisterExtension
  static final InMemoryMongo mongo = new InMemoryMongo(SlackInstallSchema::ensureIndexes);

  private final List<InstalledWorkspace> installed = new ArrayList<>();
  private MongoInstallationService service;
  private MongoCollection<Document> raw;

  @BeforeEach
  void setUp() {
    service = new MongoInstallationService(mongo.db(), TestInstallations.cipher(), installed::add);
    raw = mongo.db().getCollection(SlackInstallSchema.INSTALLATIONS);
  }

  @Test
  void aWorkspaceInstallIsKeptUnderItsTeamIdWithTheTokenEncrypted() {
    DefaultInstaller installer = TestInstallations.workspace("T111", "Acme", "xoxb-acme-secret");
    installer.setInstallerUserAccessToken("xoxp-user-secret");
    installer.setIncomingWebhookUrl("https://hooks.slack.com/services/T111/B1/secret");

    service.saveInstallerAndBot(installer);

    Document stored = raw.find(new Document("_id", "T111")).first();
    assertThat(stored).isNotNull();
    assertThat(stored.toJson())
        .doesNotContain("xoxb-acme-secret")
        .doesNotContain("xoxp-user-secret")
        .doesNotContain("hooks.slack.com")
        .contains("\"teamName\": \"Acme\"");
    assertThat(stored.getString("encryptedBotToken")).startsWith("v2:");

    Bot bot = service.findBot(null, "T111");
    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-acme-secret");
    assertThat(bot.getBotUserId()).isEqualTo("UT111");
    assertThat(bot.getBotScope()).isEqualTo("chat:write,commands");
    assertThat(bot.getInstalledAt()).isEqualTo(1_700_000_000_000L);
    assertThat(service.botTokenFor("T111")).contains("xoxb-acme-secret");

    Installer found = service.findInstaller(null, "T111", "UINSTALLER");
    assertThat(found.getInstallerUserAccessToken()).isEqualTo("xoxp-user-secret");
    assertThat(found.getIncomingWebhookUrl()).contains("hooks.slack.com");
    assertThat(found.getBotAccessToken()).isEqualTo("xoxb-acme-secret");
    assertThat(service.findInstaller(null, "T111", "USOMEONE-ELSE")).isNull();

    assertThat(installed).containsExactly(new InstalledWorkspace("T111", null, "Acme"));
  }

  @Test
  void aReinstallReplacesTheInstallationAndKeepsNoHistory() {
    service.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-old"));
    service.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme Inc", "xoxb-new"));

    assertThat(raw.countDocuments()).isEqualTo(1);
    assertThat(service.botTokenFor("T111")).contains("xoxb-new");
    assertThat(service.isHistoricalDataEnabled()).isFalse();
    assertThatThrownBy(() -> service.setHistoricalDataEnabled(true))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aWorkspaceInAGridIsFoundWithOrWithoutItsEnterpriseId() {
    service.saveInstallerAndBot(
        TestInstallations.gridWorkspace("E12345678", "T9TK3CUKW", "Softball", "xoxb-grid"));

    assertThat(service.findBot("E12345678", "T9TK3CUKW").getBotAccessToken())
        .isEqualTo("xoxb-grid");
    assertThat(service.findBot(null, "T9TK3CUKW").getBotAccessToken()).isEqualTo("xoxb-grid");
    assertThat(service.findBot("E12345678", "TOTHER")).isNull();
    assertThat(installed)
        .containsExactly(new InstalledWorkspace("T9TK3CUKW", "E12345678", "Softball"));
  }

  @Test
  void anOrgWideInstallIsKeptUnderItsEnterpriseIdAndServesEveryWorkspaceOfTheGrid() {
    service.saveInstallerAndBot(TestInstallations.orgWide("E999", "Big Corp", "xoxb-org"));

    assertThat(raw.find(new Document("_id", "E999")).first()).isNotNull();
    assertThat(service.findBot("E999", "T1").getBotAccessToken()).isEqualTo("xoxb-org");
    assertThat(service.findBot("E999", null).getBotAccessToken()).isEqualTo("xoxb-org");
    assertThat(service.findBot(null, "T1")).isNull();
    assertThat(service.botTokenFor("E999")).contains("xoxb-org");
    assertThat(installed).containsExactly(new InstalledWorkspace("E999", "E999", "Big Corp"));
  }

  @Test
  void deletingTheBotForgetsTheInstallationAndDeletingItAgainDoesNothing() {
    service.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-acme"));
    Bot bot = service.findBot(null, "T111");

    service.deleteBot(bot);
    service.deleteBot(bot);

    assertThat(service.findBot(null, "T111")).isNull();
    assertThat(service.botTokenFor("T111")).isEmpty();
    assertThat(raw.countDocuments()).isZero();
  }

  @Test
  void deletingTheInstallerForgetsOnlyItsUserToken() {
    DefaultInstaller installer = TestInstallations.workspace("T111", "Acme", "xoxb-acme");
    installer.setInstallerUserAccessToken("xoxp-user");
    service.saveInstallerAndBot(installer);

    service.deleteInstaller(service.findInstaller(null, "T111", "UINSTALLER"));

    assertThat(service.findInstaller(null, "T111", "UINSTALLER").getInstallerUserAccessToken())
        .isNull();
    assertThat(service.botTokenFor("T111")).contains("xoxb-acme");
  }

  @Test
  void deleteAllForgetsTheWorkspaceOnlyAndCanBeRepeated() {
    service.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-acme"));
    service.saveInstallerAndBot(TestInstallations.workspace("T222", "Beta", "xoxb-beta"));

    service.deleteAll(null, "T111");
    service.deleteAll(null, "T111");

    assertThat(service.botTokenFor("T111")).isEmpty();
    assertThat(service.botTokenFor("T222")).contains("xoxb-beta");
  }

  @Test
  void deleteAllInAGridForgetsAnOrgWideInstallButNotAnotherWorkspace() {
    service.saveInstallerAndBot(TestInstallations.orgWide("E999", "Big Corp", "xoxb-org"));
    service.saveInstallerAndBot(
        TestInstallations.gridWorkspace("E111", "T111", "Acme", "xoxb-acme"));

    service.deleteAll("E111", "T111");
    assertThat(service.botTokenFor("T111")).isEmpty();
    assertThat(service.botTokenFor("E999")).contains("xoxb-org");

    service.deleteAll("E999", null);
    assertThat(service.botTokenFor("E999")).isEmpty();
  }

  @Test
  void aRotatedBotTokenIsSavedWithoutTouchingTheInstaller() {
    DefaultInstaller installer = TestInstallations.workspace("T111", "Acme", "xoxb-acme");
    installer.setInstallerUserAccessToken("xoxp-user");
    service.saveInstallerAndBot(installer);
    Bot bot = service.findBot(null, "T111");
    bot.setBotAccessToken("xoxe.xoxb-rotated");
    bot.setBotRefreshToken("xoxe-refresh");
    bot.setBotTokenExpiresAt(1_800_000_000_000L);

    service.saveBot(bot);

    Bot rotated = service.findBot(null, "T111");
    assertThat(rotated.getBotAccessToken()).isEqualTo("xoxe.xoxb-rotated");
    assertThat(rotated.getBotRefreshToken()).isEqualTo("xoxe-refresh");
    assertThat(rotated.getBotTokenExpiresAt()).isEqualTo(1_800_000_000_000L);
    assertThat(service.findInstaller(null, "T111", "UINSTALLER").getInstallerUserAccessToken())
        .isEqualTo("xoxp-user");
    assertThat(raw.find().first().toJson()).doesNotContain("xoxe-refresh");
  }

  @Test
  void aTokenRefreshDoesNotBringBackAnUninstalledWorkspace() {
    service.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-acme"));
    Bot bot = service.findBot(null, "T111");
    service.deleteAll(null, "T111");

    bot.setBotAccessToken("xoxe.xoxb-rotated");
    service.saveBot(bot);

    assertThat(service.findBot(null, "T111")).isNull();
    assertThat(raw.countDocuments()).isZero();
  }

  @Test
  void aTokenCopiedIntoAnotherInstallationDoesNotDecryptThereAndReadsAsNotInstalled() {
    service.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-acme-secret"));
    service.saveInstallerAndBot(TestInstallations.workspace("T222", "Globex", "xoxb-globex"));
    String acmeToken = raw.find(new Document("_id", "T111")).first().getString("encryptedBotToken");

    raw.updateOne(
        new Document("_id", "T222"),
        new Document("$set", new Document("encryptedBotToken", acmeToken)));
    raw.updateOne(
        new Document("_id", "T111"),
        new Document("$set", new Document("encryptedInstallerUserToken", acmeToken)));

    assertThat(service.findBot(null, "T222")).isNull();
    assertThat(service.botTokenFor("T222")).isEmpty();
    assertThat(service.findInstaller(null, "T111", "UINSTALLER").getInstallerUserAccessToken())
        .isNull();
    assertThat(service.botTokenFor("T111")).contains("xoxb-acme-secret");
  }

  @Test
  void aTokenStoredByTheVersionBeforeStillReadsAndIsEncryptedBoundWhenNextWritten() {
    MongoInstallationService keyed =
        new MongoInstallationService(mongo.db(), new AesGcmTextCipher(new byte[32]));
    raw.insertOne(
        new Document("_id", "T111")
            .append("teamId", "T111")
            .append("isEnterpriseInstall", false)
            .append("botUserId", "UT111")
            // "xoxb-acme-secret", as the version before wrote it with this key
            .append(
                "encryptedBotToken",
                "v1:94I0pL/FufXtwpySy0hQ/xxwL6+Xl4dTGtzi4r78QGrLG6YaRm1lnEh/cy4="));

    Bot bot = keyed.findBot(null, "T111");
    keyed.saveBot(bot);

    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-acme-secret");
    assertThat(raw.find().first().getString("encryptedBotToken")).startsWith("v2:");
    assertThat(keyed.botTokenFor("T111")).contains("xoxb-acme-secret");
  }
}

package dev.trellis.slack.install;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.privacy.TextCipher;
import java.security.SecureRandom;

/** Installations as Bolt's OAuth success handler builds them, and a cipher with a fresh key. */
final class TestInstallations {

  private TestInstallations() {}

  static TextCipher cipher() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new AesGcmTextCipher(key);
  }

  static DefaultInstaller workspace(String teamId, String teamName, String botToken) {
    return DefaultInstaller.builder()
        .appId("A0KRD7HC3")
        .teamId(teamId)
        .teamName(teamName)
        .isEnterpriseInstall(false)
        .tokenType("bot")
        .scope("chat:write,commands")
        .botScope("chat:write,commands")
        .botId("B" + teamId)
        .botUserId("U" + teamId)
        .botAccessToken(botToken)
        .installerUserId("UINSTALLER")
        .installerUserScope("")
        .installedAt(1_700_000_000_000L)
        .build();
  }

  static DefaultInstaller gridWorkspace(
      String enterpriseId, String teamId, String teamName, String botToken) {
    DefaultInstaller installer = workspace(teamId, teamName, botToken);
    installer.setEnterpriseId(enterpriseId);
    installer.setEnterpriseName("Grid " + enterpriseId);
    return installer;
  }

  static DefaultInstaller orgWide(String enterpriseId, String enterpriseName, String botToken) {
    DefaultInstaller installer = workspace(null, null, botToken);
    installer.setEnterpriseId(enterpriseId);
    installer.setEnterpriseName(enterpriseName);
    installer.setIsEnterpriseInstall(true);
    installer.setBotId("B" + enterpriseId);
    installer.setBotUserId("U" + enterpriseId);
    return installer;
  }
}

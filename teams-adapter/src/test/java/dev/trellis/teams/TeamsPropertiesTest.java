package dev.trellis.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up line says how /api/messages checks requests, never a setting's value. */
class TeamsPropertiesTest {

  @Test
  void withoutAnAppIdTheLineSaysEveryRequestIsRefused() {
    String line = new TeamsProperties("", "", "", "", "", false).summary();

    assertThat(line).contains("refuses every request").contains("TRELLIS_TEAMS_LOCAL_TESTING=true");
  }

  @Test
  void withLocalTestingTheLineSaysSoLoudly() {
    String line = new TeamsProperties(" ", "", "", "", "", true).summary();

    assertThat(line).contains("LOCAL TESTING").contains("unauthenticated").contains("this machine");
  }

  @Test
  void withAnAppIdLocalTestingIsSaidToBeIgnored() {
    String line =
        new TeamsProperties("app-0123", "secret-0123", "", "SingleTenant", "", true).summary();

    assertThat(line)
        .contains("checked against MICROSOFT_APP_ID")
        .contains("TRELLIS_TEAMS_LOCAL_TESTING ignored")
        .doesNotContain("app-0123")
        .doesNotContain("secret-0123");
  }
}

package dev.trellis.teams.inbound;

import static dev.trellis.teams.inbound.BotFrameworkTokens.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWTCreator;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SDK's own token check, pointed at a local OpenID metadata document and key set (WireMock)
 * instead of login.botframework.com; tokens are signed with a key generated for the test. Without
 * an app id, every activity is refused unless local testing is on, and then only with a service URL
 * on this machine.
 */
class TeamsAuthenticationTest {

  @RegisterExtension static final BotFrameworkTokens botFramework = new BotFrameworkTokens();

  final TeamsAuthentication authentication = botFramework.authentication();
  final Activity activity =
      TeamsActivityJson.parse(TeamsTestWorld.fixture("message.personal.json"));

  private JWTCreator.Builder token() {
    return botFramework.token(activity.getServiceUrl());
  }

  @Test
  void aValidTokenIsAccepted() {
    assertThat(authentication.mode()).isEqualTo(TeamsAuthentication.Mode.TOKEN);
    assertThat(authentication.isAuthentic(signed(token(), botFramework.keys), activity)).isTrue();
  }

  @Test
  void aMissingTokenIsRefused() {
    assertThat(authentication.isAuthentic(null, activity)).isFalse();
    assertThat(authentication.isAuthentic("", activity)).isFalse();
    assertThat(authentication.isAuthentic("Bearer", activity)).isFalse();
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant past = Instant.now().minus(Duration.ofHours(2));
    String expired =
        signed(
            token()
                .withNotBefore(Date.from(past.minusSeconds(60)))
                .withExpiresAt(Date.from(past.plus(Duration.ofMinutes(30)))),
            botFramework.keys);
    assertThat(authentication.isAuthentic(expired, activity)).isFalse();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    assertThat(authentication.isAuthentic(signed(token(), botFramework.otherKeys), activity))
        .isFalse();
  }

  @Test
  void aTokenForAnotherBotIsRefused() {
    String other = signed(token().withAudience("another-app-id"), botFramework.keys);
    assertThat(authentication.isAuthentic(other, activity)).isFalse();
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    String other = signed(token().withIssuer("https://sts.windows.net/evil/"), botFramework.keys);
    assertThat(authentication.isAuthentic(other, activity)).isFalse();
  }

  @Test
  void aTokenForAnotherServiceUrlIsRefused() {
    String other =
        signed(token().withClaim("serviceurl", "https://evil.example/"), botFramework.keys);
    assertThat(authentication.isAuthentic(other, activity)).isFalse();
  }

  @Test
  void garbageIsRefused() {
    assertThat(authentication.isAuthentic("Bearer not.a.jwt", activity)).isFalse();
    assertThat(authentication.isAuthentic("Basic dXNlcjpwYXNz", activity)).isFalse();
  }

  @Test
  void withoutAnAppIdEveryActivityIsRefused() {
    TeamsAuthentication closed = new TeamsAuthentication("", "", false);

    assertThat(closed.mode()).isEqualTo(TeamsAuthentication.Mode.CLOSED);
    assertThat(closed.isAuthentic(null, activity)).isFalse();
    assertThat(closed.isAuthentic(signed(token(), botFramework.keys), activity)).isFalse();
    assertThat(closed.isAuthentic(null, onThisMachine("http://localhost:3978/"))).isFalse();
  }

  @Test
  void localTestingTakesAnActivityWithoutATokenOnlyWhenItsServiceUrlIsOnThisMachine() {
    TeamsAuthentication local = new TeamsAuthentication(" ", "", true);

    assertThat(local.mode()).isEqualTo(TeamsAuthentication.Mode.LOCAL_TESTING);
    assertThat(local.isAuthentic(null, onThisMachine("http://localhost:3978/"))).isTrue();
    assertThat(local.isAuthentic(null, onThisMachine("http://127.0.0.1:52311"))).isTrue();
    assertThat(local.isAuthentic(null, activity)).as("the sample's Teams connector").isFalse();
    assertThat(local.isAuthentic(null, onThisMachine("http://127.0.0.1.evil.example/"))).isFalse();
    assertThat(local.isAuthentic(null, onThisMachine(null))).isFalse();
  }

  @Test
  void withAnAppIdLocalTestingIsIgnoredAndTokensAreChecked() {
    TeamsAuthentication both = new TeamsAuthentication(BotFrameworkTokens.APP_ID, "secret", true);

    assertThat(both.mode()).isEqualTo(TeamsAuthentication.Mode.TOKEN);
    assertThat(both.isAuthentic(null, onThisMachine("http://localhost:3978/"))).isFalse();
    assertThat(both.isAuthentic(signed(token(), botFramework.keys), activity)).isTrue();
  }

  /** The sample with another service URL (derived: as the Bot Framework Emulator sends it). */
  private static Activity onThisMachine(String serviceUrl) {
    Activity local = TeamsActivityJson.parse(TeamsTestWorld.fixture("message.personal.json"));
    local.setServiceUrl(serviceUrl);
    return local;
  }
}

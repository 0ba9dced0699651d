package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.AppConfig;
import dev.trellis.slack.SlackProperties;
import org.junit.jupiter.api.Test;

class SlackOAuthAppTest {

  private static final SlackProperties OAUTH =
      new SlackProperties(null, "signing", null, "1234.5678", "secret", "http://localhost:9/api");

  @Test
  void theConfigServesBoltsDefaultPathsWithBotScopesOnly() {
    AppConfig config = SlackOAuthApp.config(OAUTH, "https://trellis.example/");

    assertThat(config.isDistributedApp()).isTrue();
    assertThat(config.getOauthInstallRequestURI()).isEqualTo("/slack/oauth/start");
    assertThat(config.getOauthStartRequestURI()).isEqualTo("/slack/oauth/start");
    assertThat(config.getOauthRedirectUriRequestURI()).isEqualTo("/slack/oauth/callback");
    assertThat(config.getRedirectUri()).isEqualTo("https://trellis.example/slack/oauth/callback");
    assertThat(config.getScope()).isEqualTo(String.join(",", SlackOAuthApp.BOT_SCOPES));
    assertThat(config.getUserScope()).isEmpty();
    assertThat(config.getSingleTeamBotToken()).isNull();
    assertThat(config.isStateValidationEnabled()).isTrue();
    assertThat(config.getSlack().getConfig().getMethodsEndpointUrlPrefix())
        .isEqualTo("http://localhost:9/api/");
    assertThat(config.getSlack().getConfig().getHttpClientResponseHandlers()).isEmpty();
  }

  @Test
  void withoutAPublicUrlNoRedirectUriIsSentAndABlankApiUrlKeepsSlacks() {
    SlackProperties blankApi =
        new SlackProperties(null, "signing", null, "1234.5678", "secret", " ");

    AppConfig config = SlackOAuthApp.config(blankApi, null);

    assertThat(config.getRedirectUri()).isNull();
    assertThat(config.getSlack().getConfig().getMethodsEndpointUrlPrefix())
        .isEqualTo("https://slack.com/api/");
  }
}

package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * No MICROSOFT_APP_ID: activities cannot be authenticated, so only those sent from this machine
 * (the Bot Framework Emulator) are taken, and none relayed by a proxy.
 */
class TeamsEmulatorModeTest extends AdminApiTestBase {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anActivityFromThisMachineIsTakenWithoutAToken() throws Exception {
    assertThat(post(null).statusCode()).isEqualTo(200);
  }

  @Test
  void anActivityRelayedByAProxyIsRefused() throws Exception {
    assertThat(post("203.0.113.7").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> post(String forwardedFor) throws Exception {
    String activity =
        new String(
                Fixtures.bytes(Fixtures.org("../teams/message.personal.json").normalize()),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"serviceUrl\"", "\"serviceUrl\"");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(activity));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

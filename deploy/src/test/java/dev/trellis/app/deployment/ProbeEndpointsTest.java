package dev.trellis.app.deployment;

import static dev.trellis.app.deployment.DeploymentFiles.at;
import static dev.trellis.app.deployment.DeploymentFiles.trellisContainer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.RunningServiceTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What Kubernetes and Docker ask a running service: the Deployment's probe paths answer UP, and the
 * image's HEALTHCHECK script passes against it (and fails where nothing listens).
 */
class ProbeEndpointsTest extends RunningServiceTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyProbeOfTheKubernetesDeploymentAnswersUpWithoutAToken() throws Exception {
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      String path = (String) at(trellisContainer(), probe + ".httpGet.path");

      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as(probe + " " + path).isEqualTo(200);
      assertThat(answer.body()).as(probe + " " + path).contains("\"status\":\"UP\"");
    }
  }

  @Test
  void theImageHealthCheckPassesOnTheRunningServiceAndFailsWhereNothingListens() throws Exception {
    assertThat(healthCheckOn(port)).isZero();
    assertThat(healthCheckOn(aClosedPort())).isNotZero();
  }

  private static int healthCheckOn(int port) throws IOException, InterruptedException {
    ProcessBuilder check =
        new ProcessBuilder("bash", "docker/healthcheck.sh").redirectErrorStream(true);
    check.environment().put("SERVER_PORT", Integer.toString(port));
    Process process = check.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as(output).isTrue();
    return process.exitValue();
  }

  private static int aClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package dev.trellis.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.RunningServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without {@code TRELLIS_METRICS_TOKEN}, no token opens the metrics; health stays open. */
class MetricsClosedTest extends RunningServiceTest {

  @Test
  void prometheusIsNotFoundWhateverTheTokenWhileHealthIsUp() {
    AdminClient none = new AdminClient(port, null);

    for (AdminClient.Answer answer :
        List.of(
            none.get("/actuator/prometheus"),
            none.withToken("any-token-at-all-0123456789").get("/actuator/prometheus"),
            admin.get("/actuator/prometheus"),
            none.get("/actuator/prometheus/"))) {
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.body()).doesNotContain("jvm_");
    }
    AdminClient.Answer health = none.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }
}

package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.chatOf;
import static dev.trellis.app.teams.TeamsCalls.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.app.AdminClient;
import dev.trellis.app.PrometheusText;
import dev.trellis.testkit.teams.TeamsRequests;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Teams traffic at {@code /actuator/prometheus}: a signed activity counts as a Teams request with
 * its ack time, and the answer's trip through the connector (and its token) as connector calls.
 * Meters are the JVM's, shared with other test classes: figures are compared before and after.
 */
@TestPropertySource(properties = "trellis.metrics.token=" + TeamsObservabilityTest.METRICS_TOKEN)
class TeamsObservabilityTest extends TeamsServiceTest {

  static final String METRICS_TOKEN = "test-metrics-token-teams-0123";

  @BeforeEach
  void givenATenantAndItsOrg() {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
    givenTheTenantsOrg("metrics-");
  }

  @Test
  void aTeamsRequestAndItsAnswerThroughTheConnectorAreCounted() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada");
    PrometheusText before = PrometheusText.scrape(port, METRICS_TOKEN);

    ObjectNode help = requests.personalMessage(serviceUrl, tenant, chatOf(ada), ada, "help");
    HttpResponse<String> ack =
        requests.post(
            help,
            TeamsRequests.signed(requests.token(help), TeamsRequests.KEYS),
            Map.of("x-ms-correlation-id", "bf-0123456789"));
    await(() -> sentTo(teams, chatOf(ada)), 1);
    PrometheusText after = PrometheusText.scrape(port, METRICS_TOKEN);

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.headers().firstValue("X-Correlation-Id")).hasValue("bf-0123456789");
    assertThat(after.sum("trellis_inbound_requests_total", "platform=\"teams\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_inbound_requests_total", "platform=\"teams\"") + 1);
    assertThat(after.sum("trellis_inbound_ack_seconds_count", "platform=\"teams\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_inbound_ack_seconds_count", "platform=\"teams\"") + 1);
    assertThat(after.lines("trellis_inbound_ack_seconds_bucket", "platform=\"teams\""))
        .hasSizeGreaterThan(10);
    assertThat(
            after.sum(
                "trellis_platform_calls_total",
                "platform=\"teams\"",
                "method=\"send\"",
                "outcome=\"ok\""))
        .isGreaterThanOrEqualTo(
            before.sum(
                    "trellis_platform_calls_total",
                    "platform=\"teams\"",
                    "method=\"send\"",
                    "outcome=\"ok\"")
                + 1);
    assertThat(
            after.lines(
                "trellis_platform_calls_total",
                "platform=\"teams\"",
                "method=\"token\"",
                "outcome=\"ok\""))
        .isNotEmpty();
  }

  private TeamsRequests.Member givenPerson(String name) {
    TeamsRequests.Member member =
        new TeamsRequests.Member(
            "29:" + name + "-" + suffix, UUID.randomUUID().toString(), name + " Test");
    String csv =
        "email,name,time_zone,teams_aad_object_id\n"
            + String.join(
                ",",
                name + "-" + suffix + "@example.com",
                member.name(),
                "Europe/Berlin",
                member.aadObjectId())
            + "\n";
    AdminClient.Answer answer = admin.postCsv("/api/admin/orgs/" + org + "/people", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return member;
  }
}

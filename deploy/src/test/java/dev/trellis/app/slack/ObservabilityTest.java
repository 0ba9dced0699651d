package dev.trellis.app.slack;

import static dev.trellis.app.slack.SlackCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.PrometheusText;
import dev.trellis.core.infra.mongo.MongoOutboxGauges;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The running service with metrics open to their token and JSON logs on: real Slack traffic (an
 * admin import, a planned prompt sent through the outbox to the stand-in Slack, a signed DM
 * answering it) shows at {@code /actuator/prometheus}, and the logs carry correlation and org ids
 * but never what was answered. Meters live on the JVM's global registry, shared with the other test
 * classes, so figures are compared before and after, never as totals.
 */
@TestPropertySource(
    properties = {
      "trellis.metrics.token=" + ObservabilityTest.METRICS_TOKEN,
      "trellis.log-format=json"
    })
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends SlackServiceTest {

  static final String METRICS_TOKEN = "test-metrics-token-0123456789";

  /** Thursday noon; New York's Friday 15:00 (19:00 UTC) is within the planning horizon. */
  static final Instant THURSDAY_NOON = Instant.parse("2026-10-22T12:00:00Z");

  static final Instant FRIDAY_PROMPT = Instant.parse("2026-10-23T19:00:00Z");

  static final String MARKER = "MARKER-7Q I want to lead the payments migration";

  @Autowired MongoOutboxGauges outboxGauges;

  private final AtomicInteger events = new AtomicInteger();

  /**
   * Logging is set up once until a service closes: a service another test class left open (a cached
   * one) would keep its text logs for this one too. So this service sets logging up anew.
   */
  @BeforeAll
  static void logsAreSetUpByThisService() {
    LoggingSystem.get(ObservabilityTest.class.getClassLoader()).cleanUp();
  }

  @Test
  void prometheusShowsTheTrafficThePromptsTheOutboxTheJvmAndTheDatabase(CapturedOutput output)
      throws Exception {
    clock.set(THURSDAY_NOON);
    PrometheusText before = scrape();

    // An admin import plans each person's prompt; Kai's in Tokyo will be too late by then.
    importPeople(row("rita", "America/New_York"), row("kai", "Asia/Tokyo"));
    outboxGauges.refresh();
    clock.set(FRIDAY_PROMPT.plusSeconds(30));
    work.runDueSteps();
    clock.advance(Duration.ofMinutes(1));
    outboxGauges.refresh();
    PrometheusText waiting = scrape();
    work.dispatch();
    await(() -> postsTo("rita", ""), 1);

    // Rita answers in her DM: the request is signed and carries its own request id.
    HttpResponse<String> answered = answer("rita", MARKER, "req-0123456789abcdef");
    await(() -> postsTo("rita", "Saved"), 1);
    // And presses a button that is not Trellis's, which is logged with her org.
    String ritas = slackId("rita");
    requests.post(
        SlackRequests.blockAction(
            TEAM,
            ritas,
            "Not-Ours!",
            "x",
            SlackStandIn.responseUrl(slack, "not-ours"),
            "D" + ritas.substring(1),
            "1503435956.000247"),
        FORM);
    SlackCalls.awaitUntil(() -> output.getOut().contains("can never be handled"));
    outboxGauges.refresh();
    PrometheusText after = scrape();

    assertThat(answered.headers().firstValue("X-Correlation-Id")).hasValue("req-0123456789abcdef");
    assertThat(after.sum("trellis_inbound_requests_total", "platform=\"slack\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_inbound_requests_total", "platform=\"slack\"") + 2);
    assertThat(after.sum("trellis_inbound_ack_seconds_count", "platform=\"slack\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_inbound_ack_seconds_count", "platform=\"slack\"") + 2);
    assertThat(
            after.lines("trellis_inbound_ack_seconds_bucket", "platform=\"slack\"", "le=\"+Inf\""))
        .isNotEmpty();
    assertThat(after.lines("trellis_inbound_ack_seconds_bucket", "platform=\"slack\"").size())
        .as("a histogram, not just a count")
        .isGreaterThan(10);
    assertThat(
            after.sum(
                "trellis_platform_calls_total",
                "platform=\"slack\"",
                "method=\"chat.postMessage\"",
                "outcome=\"ok\""))
        .isGreaterThanOrEqualTo(
            before.sum(
                    "trellis_platform_calls_total",
                    "platform=\"slack\"",
                    "method=\"chat.postMessage\"",
                    "outcome=\"ok\"")
                + 2);
    assertThat(after.sum("trellis_prompts_planned_total", "kind=\"REFLECTION_PROMPT\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_prompts_planned_total", "kind=\"REFLECTION_PROMPT\"") + 2);
    assertThat(after.sum("trellis_prompts_sent_total", "kind=\"REFLECTION_PROMPT\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_prompts_sent_total", "kind=\"REFLECTION_PROMPT\"") + 1);
    assertThat(after.sum("trellis_prompts_answered_total", "kind=\"REFLECTION_PROMPT\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_prompts_answered_total", "kind=\"REFLECTION_PROMPT\"") + 1);
    assertThat(after.sum("trellis_steps_dropped_late_total", "kind=\"REFLECTION_PROMPT\""))
        .isGreaterThanOrEqualTo(
            before.sum("trellis_steps_dropped_late_total", "kind=\"REFLECTION_PROMPT\"") + 1);
    assertThat(waiting.sum("trellis_outbox_depth", "platform=\"slack\"")).isGreaterThanOrEqualTo(1);
    assertThat(waiting.sum("trellis_outbox_oldest_age_seconds", "platform=\"slack\""))
        .isGreaterThanOrEqualTo(60);
    assertThat(after.lines("trellis_outbox_depth", "platform=\"teams\"")).isNotEmpty();
    assertThat(after.sum("jvm_memory_used_bytes")).isPositive();
    assertThat(after.sum("mongodb_driver_commands_seconds_count")).isPositive();
    assertThat(after.lines("mongodb_driver_pool_size")).isNotEmpty();

    String logs = output.getOut();
    assertThat(logs).doesNotContain("MARKER-7Q").doesNotContain("payments migration");
    List<String> ignored = logs.lines().filter(l -> l.contains("can never be handled")).toList();
    assertThat(ignored)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("{")
                    .contains("\"orgId\":\"" + org.value() + "\"")
                    .containsPattern("\"correlationId\":\"[0-9a-f-]{36}\""));
  }

  @Test
  void prometheusWantsItsOwnTokenWhileHealthStaysOpen() {
    AdminClient none = new AdminClient(port, null);

    AdminClient.Answer missing = none.get("/actuator/prometheus");
    AdminClient.Answer wrong =
        none.withToken("not-the-metrics-token-000").get("/actuator/prometheus");
    AdminClient.Answer adminToken = admin.get("/actuator/prometheus");
    AdminClient.Answer metricsOnAdmin =
        none.withToken(METRICS_TOKEN).get("/api/admin/orgs/" + org.value() + "/people");
    AdminClient.Answer health = none.get("/actuator/health");
    AdminClient.Answer scraped = none.withToken(METRICS_TOKEN).get("/actuator/prometheus");

    for (AdminClient.Answer refused : List.of(missing, wrong, adminToken)) {
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(refused.body()).contains("TRELLIS_METRICS_TOKEN").doesNotContain("jvm_");
    }
    assertThat(metricsOnAdmin.status()).isEqualTo(401);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(health.header("X-Correlation-Id")).isPresent();
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void noOtherSpellingOfThePathGetsPastTheToken() {
    AdminClient none = new AdminClient(port, null);

    for (String path :
        List.of(
            "/actuator/prometheus/",
            "/actuator/prometheus;x=y",
            "/actuator/%70rometheus",
            "/Actuator/prometheus/../prometheus")) {
      AdminClient.Answer answer = none.get(path);
      assertThat(answer.status()).as(path).isIn(401, 404);
      assertThat(answer.body()).as(path).doesNotContain("jvm_");
    }
    for (String path :
        List.of(
            "/actuator//prometheus",
            "/actuator/./prometheus",
            "/actuator/health/../prometheus",
            "/actuator/health/%2E%2E/prometheus",
            "/actuator/health/..")) {
      AdminClient.Answer answer = none.get(path);
      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(answer.body()).as(path).isEqualTo("Not a normalized path\n");
    }
  }

  @Test
  void anUnsafeRequestIdIsReplacedByAFreshOne() throws Exception {
    HttpResponse<String> hostile =
        requests.post(
            SlackRequests.event(
                "event.message.channel.json",
                SlackRequests.directMessage(slackId("nobody"), "hi"),
                TEAM,
                "Ev" + suffix + events.incrementAndGet()),
            "application/json",
            Instant.now().getEpochSecond(),
            SIGNING_SECRET,
            Map.of("X-Request-Id", "a\"b} {\"orgId\":\"x" + "y".repeat(80)));

    assertThat(hostile.headers().firstValue("X-Correlation-Id"))
        .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
  }

  // --- helpers

  private HttpResponse<String> answer(String name, String text, String requestId) throws Exception {
    return requests.post(
        SlackRequests.event(
            "event.message.channel.json",
            SlackRequests.directMessage(slackId(name), text),
            TEAM,
            "Ev" + suffix + events.incrementAndGet()),
        "application/json",
        Instant.now().getEpochSecond(),
        SIGNING_SECRET,
        Map.of("X-Request-Id", requestId));
  }

  private void importPeople(String... rows) {
    AdminClient.Answer answer =
        admin.postCsv(
            "/api/admin/orgs/" + org.value() + "/people",
            "email,name,time_zone,slack_user_id\n" + String.join("\n", rows) + "\n");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private String row(String name, String zone) {
    return String.join(
        ",", name + "-" + suffix.toLowerCase() + "@example.com", name, zone, slackId(name));
  }

  private String slackId(String name) {
    return "W" + name.toUpperCase() + suffix;
  }

  private List<Map<String, String>> postsTo(String name, String start) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId(name)).stream()
        .map(SlackCalls::formOf)
        .filter(form -> form.getOrDefault("text", "").startsWith(start))
        .toList();
  }

  private PrometheusText scrape() {
    return PrometheusText.scrape(port, METRICS_TOKEN);
  }
}

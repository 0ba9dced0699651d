package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import dev.trellis.app.ServiceProcess;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the service acknowledged survives a SIGKILL right after the acknowledgement: the service
 * runs in a child JVM on the embedded file database, is killed right after an admin write is
 * answered, and is started again on the same data directory. One kill and restart, as each start of
 * a child JVM takes seconds.
 */
class KilledServiceTest {

  private static final String ADMIN_TOKEN = "test-admin-token-killed-0123456789";
  private static final String TEAM = "T0KILL01";
  // The org the service creates for the workspace of SLACK_BOT_TOKEN (auth.test names it).
  private static final String ORG = "kill-workspace-t0kill01";

  private static final WireMockServer slack = SlackStandIn.started(TEAM, "Kill Workspace");

  @TempDir Path tmp;

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }

  @Test
  void aBuddyRoundStartedJustBeforeAKillIsStoredAndSentInFullAndOnceAfterTheRestart() {
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    Path data = tmp.resolve("data");
    String round = startARoundAndKillTheService(data);
    assertThat(postedMessages()).isEmpty();

    try (ServiceProcess second = startWithSlack(data, "second", "1s")) {
      Answer stored = new AdminClient(second.port(), ADMIN_TOKEN).get(round);
      assertThat(stored.status()).as(stored.body()).isEqualTo(200);
      assertThat(stored.json().at("/groups").size()).isEqualTo(2);
      // Two pairs: an intro for each of the four, and a group DM for each pair.
      awaitMessages(6, Duration.ofSeconds(20));
      // Anything sent twice would follow soon after.
      ServiceProcess.sleep(Duration.ofSeconds(2));
      List<String> sent = postedMessages();

      assertThat(sent).as(second.output()).hasSize(6).doesNotHaveDuplicates();
      assertThat(sent.stream().filter(m -> m.contains("you are career buddies in round 1")).count())
          .isEqualTo(2);
    }
  }

  /**
   * Imports four people, starts a round of a cohort of them and kills the service as soon as it
   * answers; answers where the round is. Nothing is dispatched before the kill (the first dispatch
   * runs at start-up, with nothing due), so every message of the round is sent after the restart.
   */
  private static String startARoundAndKillTheService(Path data) {
    try (ServiceProcess first = startWithSlack(data, "first", "1h")) {
      AdminClient admin = new AdminClient(first.port(), ADMIN_TOKEN);
      Answer imported = admin.postCsv(org("/people"), people());
      assertThat(imported.status()).as(imported.body()).isEqualTo(200);
      Answer cohort = admin.postJson(org("/cohorts"), "{\"name\":\"Lab\",\"policy\":\"OPT_OUT\"}");
      assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);

      Answer started =
          admin.post(org("/cohorts/" + cohort.json().at("/id").asString() + "/rounds"));
      first.kill();

      assertThat(started.status()).as(started.body()).isEqualTo(201);
      return started.header("Location").orElseThrow();
    }
  }

  private static ServiceProcess startWithSlack(Path data, String name, String dispatchInterval) {
    return start(
        data,
        name,
        List.of(
            "--trellis.slack.bot-token=xoxb-test-token",
            "--trellis.slack.signing-secret=test-signing-secret-killed",
            "--trellis.slack.api-url=" + slack.baseUrl() + "/api/",
            "--trellis.scheduling.dispatch-interval=" + dispatchInterval));
  }

  private static ServiceProcess start(Path data, String name, List<String> arguments) {
    List<String> all = new ArrayList<>(List.of("--trellis.admin.token=" + ADMIN_TOKEN));
    all.addAll(arguments);
    return ServiceProcess.start(data, name, all);
  }

  /**
   * Four people on Slack in UTC who work every day, with quiet hours well away from now, so their
   * messages may go out whenever the test runs.
   */
  private static String people() {
    int hour = Instant.now().atZone(ZoneOffset.UTC).getHour();
    DateTimeFormatter hh = DateTimeFormatter.ofPattern("HH:00");
    String quiet =
        hh.format(java.time.LocalTime.of((hour + 6) % 24, 0))
            + "-"
            + hh.format(java.time.LocalTime.of((hour + 8) % 24, 0));
    StringBuilder csv =
        new StringBuilder(
            "email,name,time_zone,department,slack_user_id,working_days,quiet_hours\n");
    List<String[]> rows =
        List.of(
            new String[] {"ada", "Ada Lovelace", "Engineering", "U0ADA0001"},
            new String[] {"bo", "Bo Li", "Design", "U0BO00001"},
            new String[] {"cy", "Cy Young", "Sales", "U0CY00001"},
            new String[] {"di", "Di Evans", "Finance", "U0DI00001"});
    for (String[] r : rows) {
      csv.append(
          String.join(
              ",",
              r[0] + "@example.com",
              r[1],
              "UTC",
              r[2],
              r[3],
              "Mon Tue Wed Thu Fri Sat Sun",
              quiet));
      csv.append('\n');
    }
    return csv.toString();
  }

  private static String org(String path) {
    return "/api/admin/orgs/" + ORG + path;
  }

  private static void awaitMessages(int count, Duration within) {
    Instant until = Instant.now().plus(within);
    while (postedMessages().size() < count && Instant.now().isBefore(until)) {
      ServiceProcess.sleep(Duration.ofMillis(200));
    }
  }

  private static List<String> postedMessages() {
    return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
        .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8))
        .collect(Collectors.toCollection(ArrayList::new));
  }
}

package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DispatchReport;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.step.RunningDueSteps;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The work the clock ticks, run by hand on a test clock (the ticker is off): planning every org,
 * running due steps through the reflection handler into the outbox, and dispatching it. Each test
 * gets a fresh service, so the counts are exact.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.mongodb.embedded=memory",
      "trellis.admin.token=" + ScheduledWorkTest.TOKEN,
      "trellis.scheduling.enabled=false",
      // Each person's quarterly map prompt falls on a day set by their random id, which would
      // now and then add a step to the counts below.
      "trellis.goals.quarterly-prompts=false"
    })
@Import(TestClockWiring.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class ScheduledWorkTest {

  static final String TOKEN = "test-admin-token-0123456789";

  /** Thursday; New York's Friday 15:00 (19:00 UTC) is within the 48-hour horizon. */
  private static final Instant THURSDAY_NOON = Instant.parse("2026-10-22T12:00:00Z");

  private static final Instant FRIDAY_PROMPT = Instant.parse("2026-10-23T19:00:00Z");

  @LocalServerPort int port;
  @Autowired ScheduledWork work;
  @Autowired TestClock clock;
  @Autowired Outbox outbox;

  private AdminClient admin;

  @BeforeEach
  void givenTwoOrgsOnAThursday() {
    clock.set(THURSDAY_NOON);
    admin = new AdminClient(port, TOKEN);
    givenOrgWith("acme", "ada@example.com,Ada Lovelace,America/New_York,U0ADA0001");
    givenOrgWith("globex", "kai@example.com,Kai Sato,Asia/Tokyo,U0KAI0001");
  }

  @Test
  void planningEveryOrgStoresTheComingStepsOnceAndSaysSoOnce(CapturedOutput output) {
    // The imports planned this week's steps already; a week on, the next ones are new.
    clock.set(THURSDAY_NOON.plus(Duration.ofDays(7)));
    ScheduledWork.PlanningReport first = work.planEveryOrg();
    ScheduledWork.PlanningReport second = work.planEveryOrg();

    assertThat(first).isEqualTo(new ScheduledWork.PlanningReport(2, 2, 0, 0));
    assertThat(second).isEqualTo(new ScheduledWork.PlanningReport(2, 0, 0, 0));
    assertThat(schedule("acme", "ada@example.com")).contains("\"stored\":true");
    assertThat(schedule("globex", "kai@example.com")).contains("\"stored\":true");
    assertThat(output.getOut().split("Planning: ", -1)).hasSize(2);
    assertThat(output.getOut()).contains("Planning: 2 new steps in 2 orgs");
  }

  @Test
  void aDueStepPutsItsPromptInTheOutboxAndTheDispatcherTriesIt(CapturedOutput output) {
    work.planEveryOrg();
    clock.set(FRIDAY_PROMPT.plusSeconds(30));

    RunningDueSteps.Report ran = work.runDueSteps();
    List<OutboxEntry> queued = outbox.pending(new OrgId("acme"), 10);
    DispatchReport dispatched = work.dispatchOutbox();

    assertThat(ran.ran()).isEqualTo(1);
    assertThat(ran.droppedLate()).as("Kai's Tokyo prompt was due 13 hours before").isEqualTo(1);
    assertThat(queued).hasSize(1);
    assertThat(queued.get(0).key().value()).startsWith("acme/reflection:").endsWith(":2026-W43");
    assertThat(dispatched.retried()).isEqualTo(1);
    assertThat(outbox.pending(new OrgId("acme"), 10).get(0).lastError())
        .contains("SLACK is not connected");
    assertThat(output.getOut())
        .contains("Steps: 1 run, 1 dropped as too late")
        .contains("Outbox: 0 sent, 1 retried, 0 throttled, 0 dead");
  }

  @Test
  void aStepDueLongerAgoThanTheMaxLatenessIsDroppedNotSent(CapturedOutput output) {
    work.planEveryOrg();
    clock.set(FRIDAY_PROMPT.plusSeconds(3600 + 1));

    RunningDueSteps.Report ran = work.runDueSteps();

    assertThat(ran.droppedLate()).isEqualTo(2);
    assertThat(ran.ran()).isZero();
    assertThat(outbox.pending(new OrgId("acme"), 10)).isEmpty();
    assertThat(output.getOut()).contains("Steps: 0 run, 2 dropped as too late");
  }

  @Test
  void aQuietRunLogsNothing(CapturedOutput output) {
    int before = output.getOut().length();

    work.runDueSteps();
    work.dispatchOutbox();

    assertThat(output.getOut().substring(before)).doesNotContain("Steps:", "Outbox:", "Planning:");
  }

  private void givenOrgWith(String org, String personRow) {
    assertThat(admin.createOrg(org).status()).isEqualTo(201);
    String csv = "email,name,time_zone,slack_user_id\n" + personRow + "\n";
    assertThat(admin.postCsv("/api/admin/orgs/" + org + "/people", csv).status()).isEqualTo(200);
  }

  private String schedule(String org, String email) {
    return admin.get("/api/admin/orgs/" + org + "/people/" + email + "/schedule?days=2").body();
  }
}

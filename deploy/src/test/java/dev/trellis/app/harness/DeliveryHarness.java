package dev.trellis.app.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.harness.DeliveryFigures.OrgFigures;
import dev.trellis.app.harness.HarnessOrgs.Seeded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 17's delivery targets, measured on Trellis as it is deployed: {@code java -jar trellis.jar}
 * replicas on one MongoDB (mongo-java-server on a port of this JVM), sending to Slack and Teams
 * stand-ins that answer after a latency and enforce the platforms' limits with 429 and {@code
 * Retry-After} ({@link SlackApiStandIn}, {@link TeamsConnectorStandIn}). Each scenario writes
 * {@code target/bench/<scenario>.json} and then asserts its targets. Run one with {@code ./mvnw -B
 * -o verify -Pharness -pl deploy -am -DskipTests -Djacoco.skip=true -Dharness.scenario=many-orgs}
 * (see README, Delivery harness); without one they all run, the longest (big-org) last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryHarness {

  /** At least this share of the allowed rate, per org. */
  static final double RATE_SHARE = 0.95;

  /** "A handful" of 429s per org. */
  static final int HANDFUL = 10;

  private final HarnessSettings settings = HarnessSettings.fromSystemProperties();

  @Test
  @Order(1)
  void manyOrgs() throws Exception {
    assumeTrue(settings.runs("many-orgs"));
    DeliveryRun.Result result =
        run("many-orgs", manyOrgsOfBothPlatforms(), 1, Faults.NONE, Optional.empty());
    BenchReport report = report("many-orgs", result);
    ratesAndHandfulOf429s(report, result);
    lostAndDuplicated(report, result);
    finish(report, result);
  }

  @Test
  @Order(5)
  void bigOrg() throws Exception {
    assumeTrue(settings.runs("big-org"));
    List<Seeded> org =
        List.of(new Seeded("hb-001", dev.trellis.core.message.Platform.SLACK, settings.bigOrg()));
    DeliveryRun.Result result = run("big-org", org, 1, Faults.NONE, Optional.empty());
    BenchReport report = report("big-org", result);
    double floor =
        DeliveryFigures.floorSeconds(dev.trellis.core.message.Platform.SLACK, settings.bigOrg());
    double took = result.figures().orgs().get(0).lastSeconds();
    report.put("floorSeconds", floor).put("deliveredInSeconds", DeliveryFigures.round(took));
    report.target(
        "delivered within 5% of the limit's floor ((n - 20) / 5 s = " + floor + " s)",
        result.completed() && took <= floor * 1.05,
        DeliveryFigures.round(took)
            + " s, "
            + DeliveryFigures.round(took / floor)
            + " x the floor");
    lostAndDuplicated(report, result);
    finish(report, result);
  }

  @Test
  @Order(2)
  void twoReplicas() throws Exception {
    assumeTrue(settings.runs("two-replicas"));
    DeliveryRun.Result result =
        run("two-replicas", manyOrgsOfBothPlatforms(), 2, Faults.NONE, Optional.empty());
    BenchReport report = report("two-replicas", result);
    List<String> over = result.figures().overTheLimit();
    report.target(
        "no org's requests above its limit in any 1-s or 60-s window (Slack 25 and 320, Teams 30"
            + " and 1,800)",
        over.isEmpty(),
        over.isEmpty() ? "none over" : over.size() + " orgs over: " + over);
    ratesAndHandfulOf429s(report, result);
    lostAndDuplicated(report, result);
    finish(report, result);
  }

  @Test
  @Order(3)
  void crash() throws Exception {
    assumeTrue(settings.runs("crash"));
    double killAt = Double.parseDouble(System.getProperty("harness.killAt", "0.4"));
    DeliveryRun.Result result =
        run("crash", manyOrgsOfBothPlatforms(), 2, Faults.NONE, Optional.of(killAt));
    BenchReport report = report("crash", result);
    report.target("lost 0", result.figures().lost() == 0, result.figures().lost());
    int onTheirWay = result.kill().map(DeliveryRun.Kill::onTheirWay).orElse(0);
    report.target(
        "the replica was killed mid-run", result.kill().isPresent(), result.kill().isPresent());
    report.target(
        "duplicates no more than the sends on their way at the kill (" + onTheirWay + ")",
        result.kill().isPresent() && result.figures().duplicated() <= onTheirWay,
        result.figures().duplicated());
    finish(report, result);
  }

  @Test
  @Order(4)
  void faults() throws Exception {
    assumeTrue(settings.runs("faults"));
    List<Seeded> orgs = HarnessOrgs.slack(settings.faultOrgs(), settings.perOrg());
    DeliveryRun.Result clean = run("faults-clean", orgs, 1, Faults.NONE, Optional.empty());
    BenchReport cleanReport = report("faults-clean", clean);
    lostAndDuplicated(cleanReport, clean);
    cleanReport.write();
    DeliveryRun.Result faulty =
        run("faults", orgs, 1, new Faults(0.30, 0.10, 0.05), Optional.empty());
    BenchReport report = report("faults", faulty);
    report.put("cleanDoneSeconds", DeliveryFigures.round(clean.doneSeconds()));
    report.target("lost 0", faulty.figures().lost() == 0, faulty.figures().lost());
    report.target(
        "no dead letters",
        faulty.deadLetters() == 0,
        faulty.deadLetters() + " " + faulty.deadReasons());
    report.target(
        "done within 1.5 times the clean run ("
            + DeliveryFigures.round(clean.doneSeconds())
            + " s)",
        faulty.completed()
            && clean.completed()
            && faulty.doneSeconds() <= 1.5 * clean.doneSeconds(),
        faulty.completed()
            ? DeliveryFigures.round(faulty.doneSeconds())
                + " s, "
                + DeliveryFigures.round(faulty.doneSeconds() / clean.doneSeconds())
                + " x"
            : "not done within " + settings.maxWait().toSeconds() + " s");
    finish(report, faulty);
  }

  private List<Seeded> manyOrgsOfBothPlatforms() {
    List<Seeded> orgs = new ArrayList<>(HarnessOrgs.slack(settings.slackOrgs(), settings.perOrg()));
    orgs.addAll(HarnessOrgs.teams(settings.teamsOrgs(), settings.perOrg()));
    return orgs;
  }

  private DeliveryRun.Result run(
      String name, List<Seeded> orgs, int replicas, Faults faults, Optional<Double> killAt)
      throws Exception {
    return new DeliveryRun(name, settings, orgs, replicas, faults, killAt).run();
  }

  private BenchReport report(String scenario, DeliveryRun.Result result) {
    BenchReport report = new BenchReport(scenario, settings);
    DeliveryFigures f = result.figures();
    report.put("replicasSettings", result.settings());
    report.put("completed", result.completed());
    report.put("doneSeconds", DeliveryFigures.round(result.doneSeconds()));
    report.put("runSeconds", DeliveryFigures.round(result.runSeconds()));
    report.put("deadLetters", result.deadLetters());
    report.put("deadReasons", result.deadReasons());
    report.put("stillQueued", result.stillQueued());
    report.put("faultsInjected", result.faultsInjected());
    result.kill().ifPresent(k -> report.put("kill", k));
    report.put("slack", f.byPlatform(SlackApiStandIn.PLATFORM));
    report.put("teams", f.byPlatform(TeamsConnectorStandIn.PLATFORM));
    report.put("sharing", result.sharing());
    report.put("figures", f.asJson());
    return report;
  }

  private static void ratesAndHandfulOf429s(BenchReport report, DeliveryRun.Result result) {
    for (String platform : List.of(SlackApiStandIn.PLATFORM, TeamsConnectorStandIn.PLATFORM)) {
      List<OrgFigures> orgs =
          result.figures().orgs().stream().filter(o -> o.platform().equals(platform)).toList();
      if (orgs.isEmpty()) {
        continue;
      }
      double min =
          orgs.stream().mapToDouble(o -> o.share() == null ? 0 : o.share()).min().orElse(0);
      report.target(
          platform + ": every org at >= 95% of its allowed rate",
          min >= RATE_SHARE,
          "lowest " + DeliveryFigures.round(min));
      int most = orgs.stream().mapToInt(OrgFigures::throttled).max().orElse(0);
      report.target(
          platform + ": a handful of 429s per org (<= " + HANDFUL + ")",
          most <= HANDFUL,
          "most " + most);
    }
  }

  private static void lostAndDuplicated(BenchReport report, DeliveryRun.Result result) {
    report.target("lost 0", result.figures().lost() == 0, result.figures().lost());
    report.target(
        "duplicated 0", result.figures().duplicated() == 0, result.figures().duplicated());
  }

  /** Writes the JSON, prints the one-line summary, then fails on any missed target. */
  private static void finish(BenchReport report, DeliveryRun.Result result) {
    Path file = report.write();
    DeliveryFigures f = result.figures();
    Map<String, Object> slack = f.byPlatform(SlackApiStandIn.PLATFORM);
    Map<String, Object> teams = f.byPlatform(TeamsConnectorStandIn.PLATFORM);
    System.out.printf(
        "%nHARNESS SUMMARY %s: %s in %s s (delivered %d, lost %d, duplicated %d, dead %d);"
            + " Slack share min %s median %s, 429s max/org %s; Teams share min %s median %s,"
            + " 429s max/org %s; targets %s -> %s%n%n",
        file.getFileName(),
        result.completed() ? "done" : "NOT DONE",
        DeliveryFigures.round(result.completed() ? result.doneSeconds() : f.lastArrivalSeconds()),
        f.delivered(),
        f.lost(),
        f.duplicated(),
        result.deadLetters(),
        slack.get("minShare"),
        slack.get("medianShare"),
        slack.get("throttledMaxPerOrg"),
        teams.get("minShare"),
        teams.get("medianShare"),
        teams.get("throttledMaxPerOrg"),
        report.missed().isEmpty() ? "all met" : "missed: " + report.missed(),
        file);
    assertThat(report.missed()).as("targets missed, see " + file).isEmpty();
  }
}

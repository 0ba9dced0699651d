package dev.trellis.app.harness;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The harness's parameters, from system properties ({@code -Dharness.latencyMs=150} and so on), so
 * a run can be sized on the Maven command line; each scenario's JSON records the values it ran
 * with.
 *
 * @param scenario the one scenario to run; empty runs every one
 * @param latency how long the stand-ins take to answer each request
 * @param slackOrgs Slack workspaces in the many-orgs runs
 * @param teamsOrgs Teams tenants in the many-orgs runs
 * @param perOrg prompts due at once in each org of the many-orgs runs
 * @param bigOrg prompts due at once in the one workspace of the big-org run
 * @param faultOrgs Slack workspaces of {@code perOrg} prompts in the faults runs
 * @param maxWait how long a run waits for everything to arrive before it reports what did
 * @param jar the service's executable jar
 */
record HarnessSettings(
    Optional<String> scenario,
    Duration latency,
    int slackOrgs,
    int teamsOrgs,
    int perOrg,
    int bigOrg,
    int faultOrgs,
    Duration maxWait,
    String jar) {

  static HarnessSettings fromSystemProperties() {
    String scenario = System.getProperty("harness.scenario", "").trim();
    return new HarnessSettings(
        scenario.isEmpty() || scenario.equals("all") ? Optional.empty() : Optional.of(scenario),
        Duration.ofMillis(Long.getLong("harness.latencyMs", 150)),
        Integer.getInteger("harness.slackOrgs", 50),
        Integer.getInteger("harness.teamsOrgs", 10),
        Integer.getInteger("harness.perOrg", 400),
        Integer.getInteger("harness.bigOrg", 10_000),
        Integer.getInteger("harness.faultOrgs", 10),
        Duration.ofSeconds(Long.getLong("harness.maxWaitSeconds", 3_600)),
        System.getProperty("harness.jar", "target/trellis.jar"));
  }

  boolean runs(String name) {
    return scenario.map(name::equals).orElse(true);
  }

  Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("latencyMs", latency.toMillis());
    json.put("slackOrgs", slackOrgs);
    json.put("teamsOrgs", teamsOrgs);
    json.put("perOrg", perOrg);
    json.put("bigOrg", bigOrg);
    json.put("faultOrgs", faultOrgs);
    json.put("maxWaitSeconds", maxWait.toSeconds());
    json.put("jar", jar);
    return json;
  }
}

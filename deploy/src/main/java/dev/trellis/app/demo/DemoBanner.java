package dev.trellis.app.demo;

import java.util.List;

/**
 * The start-up banner of demo mode: what it is, that it keeps nothing and reaches no real platform,
 * the admin token of this run, and how to start the Playground.
 */
final class DemoBanner {

  private DemoBanner() {}

  static String text(DemoSeeding.Seeded seeded, int port, String adminToken, List<String> ignored) {
    String rule = "=".repeat(78);
    StringBuilder banner = new StringBuilder("\n").append(rule).append('\n');
    banner
        .append(
            "  TRELLIS DEMO MODE: made-up data, in memory only, gone when this process stops.\n")
        .append(
            "  It never talks to a real Slack or Teams: no Slack settings, no Microsoft app id;\n")
        .append(
            "  Teams local testing is on, for Microsoft 365 Agents Playground on this machine.\n")
        .append("  Never run it on a shared or exposed host.\n");
    if (!ignored.isEmpty()) {
      banner
          .append("  Ignored in demo mode: ")
          .append(String.join(", ", ignored))
          .append(" (set in this environment).\n");
    }
    banner
        .append("\n  Org '")
        .append(seeded.orgId().value())
        .append("': ")
        .append(seeded.people())
        .append(" people of the Playground's default tenant, ")
        .append(seeded.oneOnOnes())
        .append(" weekly 1:1s, a buddy round of ")
        .append(seeded.buddyGroups())
        .append(" groups.\n")
        .append("  You are Alex Wilber; Megan Bowen is Alex's manager.\n\n")
        .append("  Start the Playground:\n")
        .append("    npx @microsoft/m365agentsplayground -e http://localhost:")
        .append(port)
        .append("/api/messages -c msteams\n")
        .append("  As the manager: the same command in deploy/demo/megan (see README, Try it).\n\n")
        .append("  Admin API and console (http://localhost:")
        .append(port)
        .append("/admin), token of this run:\n    ")
        .append(adminToken)
        .append('\n')
        .append(rule);
    return banner.toString();
  }
}

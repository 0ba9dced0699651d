package dev.trellis.app.harness;

import dev.trellis.app.harness.ArrivalLog.Arrival;
import dev.trellis.app.harness.ArrivalLog.Attempt;
import dev.trellis.app.harness.HarnessOrgs.Seeded;
import dev.trellis.core.message.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's figures, from the stand-ins' log alone.
 *
 * <p><b>Achieved rate as a share of the allowed rate</b>, per org: the least time the limit allows
 * for the org's messages after the first one (its floor) over the time they took, first to last
 * accepted message. Slack (a bucket of 5 a second with a burst of 20): floor = (n - 20) / 5 s, so
 * the share is the rate after the burst over 5/s. Teams (30 a second per tenant, a window): floor =
 * (ceil(n / 30) - 1) s. An org of no more messages than one burst has no share.
 *
 * <p><b>Attempts in a window</b>: requests to a limited method (accepted, or answered 429 by the
 * limit; injected faults not counted) in any 1-s and 60-s window of arrival; a bucket of rate r and
 * burst b allows b + r T in a window of T, so Slack's chat.postMessage allows 25 and 320, Teams'
 * tenant 30 and 1,800.
 */
final class DeliveryFigures {

  record OrgFigures(
      String org,
      String platform,
      int expected,
      int delivered,
      int duplicates,
      double firstSeconds,
      double lastSeconds,
      Double share,
      int throttled,
      int maxAttempts1s,
      int maxAttempts60s) {}

  private final List<OrgFigures> orgs = new ArrayList<>();
  private final int expected;
  private final int delivered;
  private final int duplicated;
  private final int unexpected;
  private final double lastSeconds;

  DeliveryFigures(List<Seeded> seeded, Set<String> marks, ArrivalLog log, long startNanos) {
    Map<String, List<Arrival>> byOrg = new HashMap<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    int strays = 0;
    double last = 0;
    List<Arrival> arrivals = log.arrivals();
    arrivals.sort(Comparator.comparingLong(Arrival::atNanos));
    for (Arrival a : arrivals) {
      byOrg.computeIfAbsent(a.org(), o -> new ArrayList<>()).add(a);
      if (!marks.contains(a.marker())) {
        strays++;
      } else if (!seen.add(a.marker())) {
        duplicates++;
      }
      last = Math.max(last, seconds(a.atNanos() - startNanos));
    }
    Map<String, List<Long>> attempts = new HashMap<>();
    for (Attempt a : log.attempts()) {
      attempts.computeIfAbsent(a.org(), o -> new ArrayList<>()).add(a.atNanos());
    }
    Map<String, Integer> throttled = log.throttledByOrg();
    for (Seeded org : seeded) {
      orgs.add(
          figures(
              org,
              byOrg.getOrDefault(org.id(), List.of()),
              attempts.getOrDefault(org.id(), List.of()),
              throttled.getOrDefault(org.id(), 0),
              startNanos));
    }
    this.expected = marks.size();
    this.delivered = (int) seen.stream().filter(marks::contains).count();
    this.duplicated = duplicates;
    this.unexpected = strays;
    this.lastSeconds = last;
  }

  private static OrgFigures figures(
      Seeded org, List<Arrival> arrivals, List<Long> attempts, int throttled, long startNanos) {
    Set<String> seen = new HashSet<>();
    List<Long> firsts = new ArrayList<>();
    for (Arrival a : arrivals) {
      if (seen.add(a.marker())) {
        firsts.add(a.atNanos());
      }
    }
    int n = firsts.size();
    double first = n == 0 ? Double.NaN : seconds(firsts.get(0) - startNanos);
    double last = n == 0 ? Double.NaN : seconds(firsts.get(n - 1) - startNanos);
    double floor = floorSeconds(org.platform(), n);
    Double share = floor > 0 && last > first ? floor / (last - first) : null;
    List<Long> sorted = new ArrayList<>(attempts);
    sorted.sort(Long::compare);
    return new OrgFigures(
        org.id(),
        platformName(org.platform()),
        org.prompts(),
        n,
        arrivals.size() - n,
        first,
        last,
        share,
        throttled,
        maxInWindow(sorted, 1_000_000_000L),
        maxInWindow(sorted, 60_000_000_000L));
  }

  /** The least time the platform's limit allows for {@code n} messages after the first. */
  static double floorSeconds(Platform platform, int n) {
    if (platform == Platform.SLACK) {
      return Math.max(0, n - SlackApiStandIn.POST_BURST) / SlackApiStandIn.POST_PER_SECOND;
    }
    int per = TeamsConnectorStandIn.TENANT_PER_SECOND;
    return Math.max(0, (n + per - 1) / per - 1);
  }

  /** What the limit allows in any window of {@code seconds}. */
  static int allowedInWindow(Platform platform, int seconds) {
    if (platform == Platform.SLACK) {
      return SlackApiStandIn.POST_BURST + (int) (SlackApiStandIn.POST_PER_SECOND * seconds);
    }
    return TeamsConnectorStandIn.TENANT_PER_SECOND * seconds;
  }

  private static int maxInWindow(List<Long> sortedNanos, long windowNanos) {
    int max = 0;
    int from = 0;
    for (int to = 0; to < sortedNanos.size(); to++) {
      while (sortedNanos.get(to) - sortedNanos.get(from) >= windowNanos) {
        from++;
      }
      max = Math.max(max, to - from + 1);
    }
    return max;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static String platformName(Platform platform) {
    return platform == Platform.SLACK ? SlackApiStandIn.PLATFORM : TeamsConnectorStandIn.PLATFORM;
  }

  int lost() {
    return expected - delivered;
  }

  int duplicated() {
    return duplicated;
  }

  int unexpected() {
    return unexpected;
  }

  int delivered() {
    return delivered;
  }

  double lastArrivalSeconds() {
    return lastSeconds;
  }

  List<OrgFigures> orgs() {
    return orgs;
  }

  /** The orgs whose attempts went over what the limit allows in a 1-s or 60-s window. */
  List<String> overTheLimit() {
    List<String> over = new ArrayList<>();
    for (OrgFigures o : orgs) {
      Platform p = o.platform().equals(SlackApiStandIn.PLATFORM) ? Platform.SLACK : Platform.TEAMS;
      if (o.maxAttempts1s() > allowedInWindow(p, 1)
          || o.maxAttempts60s() > allowedInWindow(p, 60)) {
        over.add(o.org());
      }
    }
    return over;
  }

  /** Lowest and median share, 429s, per platform. */
  Map<String, Object> byPlatform(String platform) {
    List<OrgFigures> of = orgs.stream().filter(o -> o.platform().equals(platform)).toList();
    List<Double> shares =
        of.stream().map(OrgFigures::share).filter(s -> s != null).sorted().toList();
    List<Integer> throttles = of.stream().map(OrgFigures::throttled).sorted().toList();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("orgs", of.size());
    json.put("minShare", shares.isEmpty() ? null : round(shares.get(0)));
    json.put("medianShare", shares.isEmpty() ? null : round(shares.get(shares.size() / 2)));
    json.put("orgsWithoutShare", of.size() - shares.size());
    json.put("throttledTotal", throttles.stream().mapToInt(Integer::intValue).sum());
    json.put(
        "throttledMedianPerOrg", throttles.isEmpty() ? null : throttles.get(throttles.size() / 2));
    json.put(
        "throttledMaxPerOrg", throttles.isEmpty() ? null : throttles.get(throttles.size() - 1));
    json.put(
        "lastArrivalSeconds",
        round(
            of.stream()
                .mapToDouble(OrgFigures::lastSeconds)
                .filter(d -> !Double.isNaN(d))
                .max()
                .orElse(Double.NaN)));
    json.put(
        "firstArrivalMaxSeconds",
        round(
            of.stream()
                .mapToDouble(OrgFigures::firstSeconds)
                .filter(d -> !Double.isNaN(d))
                .max()
                .orElse(Double.NaN)));
    return json;
  }

  Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("expected", expected);
    json.put("delivered", delivered);
    json.put("lost", lost());
    json.put("duplicated", duplicated);
    json.put("unexpected", unexpected);
    json.put("lastArrivalSeconds", round(lastSeconds));
    json.put("overTheLimit", overTheLimit());
    List<Map<String, Object>> perOrg = new ArrayList<>();
    for (OrgFigures o : orgs) {
      Map<String, Object> org = new LinkedHashMap<>();
      org.put("org", o.org());
      org.put("platform", o.platform());
      org.put("expected", o.expected());
      org.put("delivered", o.delivered());
      org.put("duplicates", o.duplicates());
      org.put("firstSeconds", round(o.firstSeconds()));
      org.put("lastSeconds", round(o.lastSeconds()));
      org.put("share", o.share() == null ? null : round(o.share()));
      org.put("throttled", o.throttled());
      org.put("maxAttempts1s", o.maxAttempts1s());
      org.put("maxAttempts60s", o.maxAttempts60s());
      perOrg.add(org);
    }
    json.put("perOrg", perOrg);
    return json;
  }

  static Double round(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
  }
}

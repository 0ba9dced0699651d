package dev.trellis.core.analytics;

import dev.trellis.core.org.OrgId;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Which org, which months (both included) and which grouping HR asks figures of. */
public record AnalyticsQuery(OrgId orgId, YearMonth from, YearMonth to, Grouping groupBy) {

  /** The most months one answer covers. */
  public static final int MAX_MONTHS = 24;

  public AnalyticsQuery {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(groupBy, "groupBy");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
    }
    if (from.until(to, ChronoUnit.MONTHS) + 1 > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "A range covers at most " + MAX_MONTHS + " months, not " + from + " to " + to);
    }
  }

  /** The months asked for, in order. */
  public java.util.List<YearMonth> months() {
    java.util.List<YearMonth> months = new java.util.ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}

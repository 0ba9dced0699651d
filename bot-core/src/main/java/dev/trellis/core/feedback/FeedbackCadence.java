package dev.trellis.core.feedback;

import dev.trellis.core.org.OrgId;
import java.time.Duration;

/**
 * How long a person goes without asking anyone for feedback before Trellis suggests someone, and a
 * manager without giving their report feedback before the agenda says so: an org setting.
 */
@FunctionalInterface
public interface FeedbackCadence {

  /** Six weeks, where the org set nothing else. */
  Duration DEFAULT = Duration.ofDays(42);

  Duration askNudgeAfter(OrgId orgId);

  /** The same span for every org. */
  static FeedbackCadence fixed(Duration span) {
    return orgId -> span;
  }

  /** The span in whole weeks, at least one. */
  static int weeks(Duration span) {
    return (int) Math.max(1, span.toDays() / 7);
  }
}

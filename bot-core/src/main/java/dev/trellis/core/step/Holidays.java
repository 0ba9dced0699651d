package dev.trellis.core.step;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.TimeOff;
import java.time.LocalDate;
import java.util.Set;

/**
 * The days an org has off; nothing is sent on them, in each person's own zone. With the org's
 * protected weekly slot they make its {@link TimeOff}, which every sendable time is read from.
 */
public interface Holidays {

  Set<LocalDate> of(OrgId orgId);

  /** The org's holidays and its protected slot for development time, if it keeps one. */
  TimeOff timeOff(OrgId orgId);

  void replace(OrgId orgId, Set<LocalDate> days);
}

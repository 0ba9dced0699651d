package dev.trellis.core.step;

import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.Set;

/** The days an org has off; nothing is sent on them, in each person's own zone. */
public interface Holidays {

  Set<LocalDate> of(OrgId orgId);

  void replace(OrgId orgId, Set<LocalDate> days);
}

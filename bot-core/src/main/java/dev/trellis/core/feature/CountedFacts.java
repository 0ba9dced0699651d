package dev.trellis.core.feature;

import dev.trellis.core.org.OrgId;
import java.time.LocalDate;

/**
 * What a feature adds to HR analytics: from its own stores, the events of an org dated {@code from}
 * to {@code to} (both included), each counted for the one person it is about. Each call reads each
 * store once, in batches, and never reads a text.
 */
public interface CountedFacts {

  void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally);
}

package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The recorded outcomes of 1:1s' last 15 minutes: one per person and occurrence. */
public interface OneOnOneOutcomes {

  /**
   * Records the outcome unless this person already recorded one for this occurrence. Only the first
   * counts, on any instance: answers false for a second press (a double click, a second device).
   */
  boolean recordFirst(OneOnOneOutcome outcome);

  Optional<OneOnOneOutcome> find(
      OrgId orgId, OneOnOneId oneOnOneId, LocalDate date, PersonId personId);

  /**
   * The org's recorded outcomes of the occurrences dated {@code from} to {@code to} (both
   * included), counted by outcome: the figures HR sees. Counts presses, so an occurrence both
   * people recorded counts twice.
   */
  OutcomeCounts countBetween(OrgId orgId, LocalDate from, LocalDate to);

  /** Each recorded outcome of the org's occurrences dated {@code from} to {@code to}. */
  void eachBetween(OrgId orgId, LocalDate from, LocalDate to, Consumer<OneOnOneOutcome> each);

  /** Erasure: the outcomes the person pressed stay counted under the anonymous id. */
  void eraseOf(Erasure erasure);

  /** Every outcome the person recorded, oldest first: theirs, for their export. */
  List<OneOnOneOutcome> recordedBy(OrgId orgId, PersonId personId);
}

package dev.trellis.core.buddy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The counts of a round once it closed: how many groups met, skipped the round or did not meet, and
 * what members answered when asked whether their meetup happened. Counts only, never who.
 */
public record RoundFigures(
    int groups,
    int met,
    int skipped,
    int notMet,
    int answeredYes,
    int answeredNo,
    Instant recordedAt) {

  public RoundFigures {
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** The figures of a round's meetups as they stand. */
  public static RoundFigures of(List<Meetup> meetups, Instant at) {
    int met = 0;
    int skipped = 0;
    int yes = 0;
    int no = 0;
    for (Meetup m : meetups) {
      if (m.met()) {
        met++;
      } else if (m.skipped()) {
        skipped++;
      }
      for (Meetup.MemberState s : m.states()) {
        if (s.happened().isPresent()) {
          if (s.happened().get()) {
            yes++;
          } else {
            no++;
          }
        }
      }
    }
    return new RoundFigures(
        meetups.size(), met, skipped, meetups.size() - met - skipped, yes, no, at);
  }
}

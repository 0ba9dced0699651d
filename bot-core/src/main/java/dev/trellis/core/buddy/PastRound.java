package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.List;

/** Who was grouped with whom in an earlier round of the cohort, by round number (1, 2, ...). */
public record PastRound(int number, List<List<PersonId>> groups) {

  public PastRound {
    if (number < 1) {
      throw new IllegalArgumentException("Rounds are numbered from 1, not " + number);
    }
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** This round as history for the next ones. */
  public static PastRound of(int number, PairingResult result) {
    return new PastRound(number, result.groups().stream().map(BuddyGroup::members).toList());
  }
}

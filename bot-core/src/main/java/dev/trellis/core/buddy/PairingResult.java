package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * A round's outcome: the groups (members in id order, groups by their first member) and everyone
 * left out with the reason, so each cohort member appears exactly once.
 */
public record PairingResult(int roundNumber, List<BuddyGroup> groups, List<LeftOut> leftOut) {

  public PairingResult {
    groups = List.copyOf(groups);
    leftOut = List.copyOf(leftOut);
  }

  public Optional<BuddyGroup> groupOf(PersonId person) {
    return groups.stream().filter(g -> g.contains(person)).findFirst();
  }

  public Optional<LeftOut> leftOut(PersonId person) {
    return leftOut.stream().filter(l -> l.personId().equals(person)).findFirst();
  }
}

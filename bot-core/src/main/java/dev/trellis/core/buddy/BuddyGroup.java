package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.List;
import java.util.Objects;

/** People who are buddies this round (two, or up to the cohort's size plus one), and why. */
public record BuddyGroup(List<PersonId> members, WhyThisGroup why) {

  public BuddyGroup {
    members = List.copyOf(members);
    Objects.requireNonNull(why, "why");
    if (members.size() < 2) {
      throw new IllegalArgumentException("A buddy group has at least two members");
    }
  }

  public boolean contains(PersonId person) {
    return members.contains(person);
  }
}

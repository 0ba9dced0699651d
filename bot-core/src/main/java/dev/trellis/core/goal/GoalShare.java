package dev.trellis.core.goal;

import dev.trellis.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;

/** That a goal was shared with one person (the owner's manager then), and when. */
public record GoalShare(PersonId with, Instant at) {

  public GoalShare {
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(at, "at");
  }
}

package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The 1:1s that ended because one of their two people was erased, kept with the erased side as its
 * anonymous id: HR analytics still counts their occurrences up to the day they ended, so the org's
 * figures do not change when someone is forgotten.
 */
public interface EndedOneOnOnes {

  /** A 1:1 as it was, and the day (in its own zone) it ended. */
  record Ended(OneOnOne oneOnOne, LocalDate endedOn) {
    public Ended {
      Objects.requireNonNull(oneOnOne, "oneOnOne");
      Objects.requireNonNull(endedOn, "endedOn");
    }
  }

  void add(Ended ended);

  List<Ended> of(OrgId orgId);

  /** The person, where an ended 1:1 still names them, becomes the erasure's anonymous id. */
  void eraseOf(Erasure erasure);
}

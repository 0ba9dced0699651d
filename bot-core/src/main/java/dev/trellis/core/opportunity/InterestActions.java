package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import java.util.Optional;

/**
 * The buttons that follow an I'm interested ({@link OpportunityButtons#INTERESTED}): the person's
 * answer whether to show the goal it matched, their telling their manager, and the poster's Let's
 * talk and Filled. Their values name the interest ({@code <opportunity id>/<person id>}), or for
 * the goal answers carry the interest as the I'm interested button did.
 */
final class InterestActions {

  static final String SHOW_GOAL = OpportunityButtons.NAMESPACE + ".show_goal";
  static final String WITHOUT_GOAL = OpportunityButtons.NAMESPACE + ".without_goal";
  static final String TELL_MANAGER = OpportunityButtons.NAMESPACE + ".tell_manager";
  static final String TALK = OpportunityButtons.NAMESPACE + ".talk";
  static final String FILLED = OpportunityButtons.NAMESPACE + ".filled";

  private InterestActions() {}

  /** The opportunity and the person of an interest's id; empty when it is not one. */
  record InterestRef(OpportunityId opportunity, PersonId person) {
    static Optional<InterestRef> parse(String value) {
      int slash = value.lastIndexOf('/');
      if (slash <= 0 || slash == value.length() - 1) {
        return Optional.empty();
      }
      return Optional.of(
          new InterestRef(
              new OpportunityId(value.substring(0, slash)),
              new PersonId(value.substring(slash + 1))));
    }
  }
}

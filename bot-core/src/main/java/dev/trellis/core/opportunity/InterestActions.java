package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.ActionId;
import java.util.Optional;
import java.util.regex.Pattern;

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

  private static final Pattern LISTED =
      Pattern.compile(Pattern.quote(OpportunityButtons.INTERESTED) + "\\.[1-9][0-9]{0,6}");

  private InterestActions() {}

  /** The I'm interested button of opportunity {@code number} in a list: ids differ per message. */
  static String listed(int number) {
    return OpportunityButtons.INTERESTED + "." + number;
  }

  /** The action a press means, a listed I'm interested meaning the plain one. */
  static String meaning(ActionId pressed) {
    String value = pressed.value();
    return LISTED.matcher(value).matches() ? OpportunityButtons.INTERESTED : value;
  }

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

package dev.trellis.core.opportunity;

import dev.trellis.core.message.ActionId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The action ids of the opportunity buttons, in the feature's namespace {@code opportunity.}, and
 * their values: the opportunity's id, then, when the button came with a match, {@code #} and the
 * number of the presser's goal it matched ({@code acme:12#3}). Shown on the weekly digest and on
 * {@code opportunity list}, pressed by the people who might take one, answered by the feature.
 */
public final class OpportunityButtons {

  public static final String NAMESPACE = "opportunity";

  /** A person is interested: the poster is told privately. */
  public static final String INTERESTED = NAMESPACE + ".interested";

  private OpportunityButtons() {}

  /**
   * The {@link #INTERESTED} action of the opportunity at {@code place} of a message that offers
   * several (1 to 5 in a digest; its number in a list): the buttons of one message need distinct
   * action ids.
   */
  public static String interested(int place) {
    if (place < 1) {
      throw new IllegalArgumentException("A place starts at 1, not " + place);
    }
    return INTERESTED + "." + place;
  }

  /** Whether a pressed action is an "I'm interested" button, alone or with its place. */
  public static boolean isInterested(ActionId action) {
    String value = action.value();
    return value.equals(INTERESTED)
        || (value.startsWith(INTERESTED + ".")
            && value.substring(INTERESTED.length() + 1).matches("[1-9][0-9]{0,6}"));
  }

  /** What an {@link #INTERESTED} button carries. */
  public record Interest(OpportunityId opportunity, OptionalInt matchedGoal) {

    /** The button value: {@code <opportunity id>} or {@code <opportunity id>#<goal number>}. */
    public String value() {
      return opportunity.value() + (matchedGoal.isPresent() ? "#" + matchedGoal.getAsInt() : "");
    }

    /** Reads a button value; empty when it is not one (an old or forged press). */
    public static Optional<Interest> parse(String value) {
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      int hash = value.lastIndexOf('#');
      if (hash < 0) {
        return Optional.of(new Interest(new OpportunityId(value), OptionalInt.empty()));
      }
      String id = value.substring(0, hash);
      String goal = value.substring(hash + 1);
      if (id.isBlank() || !goal.matches("[1-9][0-9]{0,6}")) {
        return Optional.empty();
      }
      return Optional.of(
          new Interest(new OpportunityId(id), OptionalInt.of(Integer.parseInt(goal))));
    }
  }
}

package dev.trellis.core.buddy;

import dev.trellis.core.message.ActionId;
import java.util.Optional;

/**
 * The buttons and form of buddy meetups: action ids start with {@code buddy.}; a button's value
 * names the meetup, and for a proposal its number, as {@code <meetup id>#<number>}.
 */
public final class MeetupActions {

  public static final ActionId ACCEPT = new ActionId("buddy.accept");
  public static final ActionId ANOTHER_TIME = new ActionId("buddy.another_time");
  public static final ActionId COUNTER = new ActionId("buddy.counter");
  public static final ActionId MET = new ActionId("buddy.met");
  public static final ActionId NOT_MET = new ActionId("buddy.not_met");

  public static final String WHEN_INPUT = "when";

  private static final String PREFIX = "buddy.";

  private MeetupActions() {}

  public static boolean isBuddyAction(ActionId action) {
    return action.value().startsWith(PREFIX);
  }

  /** A proposal a button is about. */
  record ProposalRef(MeetupId meetup, int number) {}

  static String value(MeetupId meetup, int number) {
    return meetup.value() + "#" + number;
  }

  static Optional<ProposalRef> parse(String value) {
    int hash = value.lastIndexOf('#');
    if (hash < 1) {
      return Optional.empty();
    }
    Optional<MeetupId> meetup = MeetupId.parse(value.substring(0, hash));
    try {
      int number = Integer.parseInt(value.substring(hash + 1));
      return number < 1 ? Optional.empty() : meetup.map(m -> new ProposalRef(m, number));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

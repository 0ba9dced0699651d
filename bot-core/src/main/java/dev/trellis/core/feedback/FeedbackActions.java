package dev.trellis.core.feedback;

import dev.trellis.core.message.ActionId;
import java.util.regex.Pattern;

/** The buttons and forms of feedback, and the inputs of its forms. */
public final class FeedbackActions {

  public static final ActionId ANSWER = new ActionId("feedback.answer");
  public static final ActionId DECLINE = new ActionId("feedback.decline");
  public static final ActionId SHARE = new ActionId("feedback.share");
  public static final ActionId SUGGESTED_ASK = new ActionId("feedback.suggested");

  /** The answer to a request; its reference is the request's id. */
  public static final ActionId ANSWER_FORM = new ActionId("feedback.answer_form");

  /** Feedback given unasked; its reference is the receiver's person id. */
  public static final ActionId GIVE_FORM = new ActionId("feedback.give_form");

  /** A request pre-filled from a suggestion; its reference is the person to ask. */
  public static final ActionId ASK_FORM = new ActionId("feedback.ask_form");

  public static final String WENT_WELL_INPUT = "went_well";
  public static final String TRY_DIFFERENTLY_INPUT = "try_differently";
  public static final String TOPIC_INPUT = "topic";

  private static final Pattern LISTED = Pattern.compile("feedback\\.(answer|share)\\.\\d{1,2}");

  private FeedbackActions() {}

  /** The button of the {@code n}th item of a list: a message's buttons need distinct ids. */
  static ActionId listed(ActionId action, int n) {
    return new ActionId(action.value() + "." + n);
  }

  /** The action a button means, the numbered button of a list meaning its plain action. */
  static ActionId meaning(ActionId pressed) {
    String value = pressed.value();
    return LISTED.matcher(value).matches()
        ? new ActionId(value.substring(0, value.lastIndexOf('.')))
        : pressed;
  }
}

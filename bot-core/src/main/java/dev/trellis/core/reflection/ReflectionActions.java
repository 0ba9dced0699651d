package dev.trellis.core.reflection;

import dev.trellis.core.message.ActionId;

/** The action ids of reflection prompts, shared by the messages and the handling of presses. */
public final class ReflectionActions {

  public static final ActionId ANSWER = new ActionId("reflection.answer");
  public static final ActionId SKIP = new ActionId("reflection.skip");
  public static final ActionId SNOOZE = new ActionId("reflection.snooze");
  public static final ActionId PAUSE = new ActionId("reflection.pause");
  public static final ActionId SHARE = new ActionId("reflection.share");
  public static final ActionId EDIT = new ActionId("reflection.edit");
  public static final ActionId SUBMIT = new ActionId("reflection.submit");

  public static final String ANSWER_INPUT = "answer";
  public static final String NEXT_STEP_INPUT = "next_step";
  public static final String SHARE_INPUT = "share";
  public static final String SHARE_WITH_MANAGER = "manager";
  public static final String KEEP_PRIVATE = "private";

  static final int PAUSE_WEEKS = 2;

  private ReflectionActions() {}

  public static boolean isReflectionAction(ActionId action) {
    return action.value().startsWith("reflection.");
  }

  /**
   * The Share button of the {@code n}th answer in a list (the new-manager notice): a message's
   * buttons need distinct ids. It means {@link #SHARE}, answered beside the list, not in its place.
   */
  public static ActionId shareListed(int n) {
    return new ActionId(SHARE.value() + "." + n);
  }

  static boolean isShare(ActionId action) {
    return action.equals(SHARE) || isListedShare(action);
  }

  static boolean isListedShare(ActionId action) {
    return action.value().matches("reflection\\.share\\.\\d{1,2}");
  }
}

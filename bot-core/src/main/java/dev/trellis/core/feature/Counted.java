package dev.trellis.core.feature;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of event HR analytics counts (a 1:1 occurrence, a prompt answered, …): only how many,
 * never what was written. Features report them through {@link CountedFacts}.
 */
public record Counted(String name) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z]*(\\.[a-zA-Z]+)*");

  public static final Counted ONE_ON_ONE = new Counted("oneOnOne.occurrence");
  public static final Counted ONE_ON_ONE_DEVELOPMENT = new Counted("oneOnOne.development");
  public static final Counted PROMPT_SENT = new Counted("reflection.sent");
  public static final Counted PROMPT_ANSWERED = new Counted("reflection.answered");
  public static final Counted SHARED_WITH_MANAGER = new Counted("reflection.sharedWithManager");
  public static final Counted BUDDY_GROUP = new Counted("buddy.group");
  public static final Counted BUDDY_MET = new Counted("buddy.met");
  public static final Counted BUDDY_REPORTED = new Counted("buddy.reported");
  public static final Counted FEEDBACK_ASKED = new Counted("feedback.asked");
  public static final Counted FEEDBACK_ANSWERED = new Counted("feedback.answered");
  public static final Counted FEEDBACK_DECLINED = new Counted("feedback.declined");
  public static final Counted FEEDBACK_EXPIRED = new Counted("feedback.expired");
  public static final Counted DEV_TIME_MINUTES = new Counted("devTime.minutes");
  public static final Counted DEV_TIME_BUDGET_MINUTES = new Counted("devTime.budgetMinutes");
  public static final Counted OPPORTUNITY_POSTED = new Counted("opportunity.posted");
  public static final Counted OPPORTUNITY_INTEREST = new Counted("opportunity.interest");
  public static final Counted OPPORTUNITY_FILLED = new Counted("opportunity.filled");
  public static final Counted OPPORTUNITY_FILLED_ACROSS =
      new Counted("opportunity.filledFromAnotherTeam");

  public Counted {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a counted name: '" + name + "'");
    }
  }

  /** A goal event by direction ({@code goal.added.lateral}, {@code goal.done.grow}, …). */
  public static Counted goal(String event, String direction) {
    return new Counted("goal." + event + "." + direction);
  }
}

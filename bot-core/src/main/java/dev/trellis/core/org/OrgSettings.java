package dev.trellis.core.org;

import java.time.Duration;
import java.util.Objects;

/**
 * What an org's admins chose for the whole org, one section per feature. An org that never set
 * anything, or never set a section, has its defaults. A new section is one more record component
 * (its own record, with a {@code DEFAULT} and a compact constructor that checks each field): the
 * store and the admin API read and write the components as they are.
 */
public record OrgSettings(Feedback feedback) {

  public static final OrgSettings DEFAULT = new OrgSettings(Feedback.DEFAULT);

  public OrgSettings {
    InvalidOrgSettingException.requirePresent(feedback, "feedback");
  }

  public OrgSettings withFeedback(Feedback changed) {
    return new OrgSettings(changed);
  }

  /**
   * Feedback: {@code askNudgeAfterWeeks}, after how many weeks without asking anyone for feedback a
   * person is nudged to ask (1-52, default 6).
   */
  public record Feedback(int askNudgeAfterWeeks) {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;
    public static final Feedback DEFAULT = new Feedback(6);

    public Feedback {
      if (askNudgeAfterWeeks < MIN_WEEKS || askNudgeAfterWeeks > MAX_WEEKS) {
        throw new InvalidOrgSettingException(
            "feedback.askNudgeAfterWeeks",
            "is a number of weeks from "
                + MIN_WEEKS
                + " to "
                + MAX_WEEKS
                + ", not "
                + askNudgeAfterWeeks);
      }
    }

    /** The same wait as a duration, for the feature's cadence. */
    public Duration askNudgeAfter() {
      return Duration.ofDays(7L * askNudgeAfterWeeks);
    }
  }

  /** A setting out of its range; the message names the field, as {@code feedback.askNudge…}. */
  public static final class InvalidOrgSettingException extends IllegalArgumentException {

    private final String field;

    public InvalidOrgSettingException(String field, String reason) {
      super("'" + field + "' " + reason);
      this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
      return field;
    }

    static void requirePresent(Object section, String field) {
      if (section == null) {
        throw new InvalidOrgSettingException(field, "is a group of settings and cannot be null");
      }
    }
  }
}

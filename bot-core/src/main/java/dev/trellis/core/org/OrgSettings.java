package dev.trellis.core.org;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an org's admins chose for the whole org, one section per feature. An org that never set
 * anything, or never set a section, has its defaults. A new section is one more record component
 * (its own record, with a {@code DEFAULT} and a compact constructor that checks each field): the
 * store and the admin API read and write the components as they are.
 */
public record OrgSettings(
    Feedback feedback, DevTime devTime, Retention retention, Analytics analytics) {

  public static final OrgSettings DEFAULT =
      new OrgSettings(Feedback.DEFAULT, DevTime.DEFAULT, Retention.DEFAULT, Analytics.DEFAULT);

  public OrgSettings {
    InvalidOrgSettingException.requirePresent(feedback, "feedback");
    InvalidOrgSettingException.requirePresent(devTime, "devTime");
    InvalidOrgSettingException.requirePresent(retention, "retention");
    InvalidOrgSettingException.requirePresent(analytics, "analytics");
  }

  public OrgSettings withFeedback(Feedback changed) {
    return new OrgSettings(changed, devTime, retention, analytics);
  }

  public OrgSettings withDevTime(DevTime changed) {
    return new OrgSettings(feedback, changed, retention, analytics);
  }

  public OrgSettings withRetention(Retention changed) {
    return new OrgSettings(feedback, devTime, changed, analytics);
  }

  public OrgSettings withAnalytics(Analytics changed) {
    return new OrgSettings(feedback, devTime, retention, changed);
  }

  /**
   * Retention: {@code months}, how long the texts people write (reflections, takeaways, notes,
   * feedback) are kept; older ones are deleted once a day, what analytics counts stays. 0, the
   * default, keeps them until their owner deletes them; else 1-120.
   */
  public record Retention(int months) {

    public static final int MAX_MONTHS = 120;
    public static final Retention DEFAULT = new Retention(0);

    public Retention {
      if (months < 0 || months > MAX_MONTHS) {
        throw new InvalidOrgSettingException(
            "retention.months",
            "is a number of months from 1 to "
                + MAX_MONTHS
                + ", or 0 to keep texts, not "
                + months);
      }
    }

    public boolean deletesOldTexts() {
      return months > 0;
    }
  }

  /**
   * Analytics: {@code minGroupSize}, the fewest people a group must have for HR analytics to show
   * its figures (3-25, default 5).
   */
  public record Analytics(int minGroupSize) {

    public static final int MIN = 3;
    public static final int MAX = 25;
    public static final Analytics DEFAULT = new Analytics(5);

    public Analytics {
      if (minGroupSize < MIN || minGroupSize > MAX) {
        throw new InvalidOrgSettingException(
            "analytics.minGroupSize",
            "is a number of people from " + MIN + " to " + MAX + ", not " + minGroupSize);
      }
    }
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

  /**
   * Development time: {@code monthlyHours}, each person's budget of company time for their own
   * development a month (0, the default, is no budget; else 1-40), and an optional {@code
   * protectedSlot}, a weekly stretch in each person's own zone during which Trellis sends them
   * nothing but the slot's own reminder.
   */
  public record DevTime(int monthlyHours, Optional<ProtectedSlot> protectedSlot) {

    public static final int MAX_HOURS = 40;
    public static final DevTime DEFAULT = new DevTime(0, Optional.empty());

    public DevTime {
      if (monthlyHours < 0 || monthlyHours > MAX_HOURS) {
        throw new InvalidOrgSettingException(
            "devTime.monthlyHours",
            "is a number of hours a month from 1 to "
                + MAX_HOURS
                + ", or 0 for no budget, not "
                + monthlyHours);
      }
      if (protectedSlot == null) {
        protectedSlot = Optional.empty();
      }
    }

    /** Whether the org gives people a monthly budget. */
    public boolean hasBudget() {
      return monthlyHours > 0;
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

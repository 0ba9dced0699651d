package dev.trellis.core.buddy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the time a person types after {@code /buddy propose}, in the proposer's own time zone, and
 * describes a meeting instant in anyone's zone, so each buddy sees the meetup in their own.
 *
 * <p>Whatever a person types comes back as a {@link Reading}, never an exception: a time we cannot
 * use is {@link NotUnderstood} with a reason and an example to copy. A local time that falls in a
 * daylight-saving gap moves forward by the gap and one that happens twice takes the earlier offset
 * (as {@link ZonedDateTime#of} does), so a proposal always names exactly one instant.
 */
public final class MeetingTimes {

  /** Far enough for a buddy round of a few weeks; further out is more likely a slip than a plan. */
  public static final Duration MAX_AHEAD = Duration.ofDays(90);

  /** As long as {@code /buddy propose} keeps; anything longer is not a day and a time. */
  static final int MAX_TYPED = 100;

  private MeetingTimes() {}

  /** What a typed time turned out to be. */
  public sealed interface Reading permits At, NotUnderstood {}

  /** A time understood: the instant in the proposer's zone. */
  public record At(ZonedDateTime when) implements Reading {
    public At {
      Objects.requireNonNull(when, "when");
    }
  }

  /** Not a time we can use, with a short reason that includes an example, for the person. */
  public record NotUnderstood(String reason) implements Reading {
    public NotUnderstood {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("A time not understood comes with a reason");
      }
    }
  }

  /**
   * Reads {@code typed} as a local day and time in {@code zone}, which must be after {@code now}
   * and at most {@link #MAX_AHEAD} later. The time may come first or last ({@code fri 10:30},
   * {@code 3pm tomorrow}); a time alone means today if still ahead, else tomorrow.
   *
   * @param typed what the person typed, possibly null or blank
   * @param zone the proposer's time zone
   * @param now the current instant
   * @throws NullPointerException only when {@code zone} or {@code now} is null, never for what was
   *     typed
   */
  public static Reading read(String typed, ZoneId zone, Instant now) {
    ProposerNow proposer = new ProposerNow(zone, now);
    if (typed == null || typed.isBlank()) {
      return MeetingRefusals.blank();
    }
    if (typed.length() > MAX_TYPED) {
      return MeetingRefusals.notUnderstood();
    }
    List<String> words = MeetingWords.of(typed);
    if (words.isEmpty()) {
      return MeetingRefusals.blank();
    }
    int clockAt = -1;
    for (int i = 0; i < words.size(); i++) {
      if (ClockWords.read(words.get(i)).isPresent()) {
        if (clockAt >= 0) {
          return MeetingRefusals.notUnderstood();
        }
        clockAt = i;
      }
    }
    if (clockAt < 0) {
      return DayWords.read(words)
          .<Reading>map(MeetingRefusals::noTime)
          .orElseGet(MeetingRefusals::notUnderstood);
    }
    if (clockAt != 0 && clockAt != words.size() - 1) {
      return MeetingRefusals.notUnderstood();
    }
    List<String> dayWords = new ArrayList<>(words);
    TypedClock clock = ClockWords.read(dayWords.remove(clockAt)).orElseThrow();
    Optional<TypedDay> day = DayWords.read(dayWords);
    if (day.isEmpty()) {
      return MeetingRefusals.notUnderstood();
    }
    if (clock instanceof TypedClock.Wrong wrong) {
      return new NotUnderstood(wrong.reason());
    }
    return day.get().at(((TypedClock.Valid) clock).time(), proposer);
  }

  /**
   * Describes {@code when} as it falls in {@code zone}, such as {@code Thu 3 Dec at 09:00
   * (Europe/London)}; the year is added only when it is not the year of {@code now} in that zone,
   * so a proposal for early January seen in December is not mistaken for last January.
   */
  public static String describe(Instant when, ZoneId zone, Instant now) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(now, "now");
    ZonedDateTime local = when.atZone(zone);
    StringBuilder text =
        new StringBuilder()
            .append(MeetingWords.shortName(local.getDayOfWeek()))
            .append(' ')
            .append(local.getDayOfMonth())
            .append(' ')
            .append(MeetingWords.shortName(local.getMonth()));
    if (local.getYear() != now.atZone(zone).getYear()) {
      text.append(' ').append(local.getYear());
    }
    return text.append(" at ")
        .append(LocalTime.of(local.getHour(), local.getMinute()))
        .append(" (")
        .append(zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId())
        .append(')')
        .toString();
  }
}

package dev.trellis.core.buddy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** The proposer's zone and the current instant: what "today" and "still ahead" mean to them. */
record ProposerNow(ZoneId zone, Instant now) {

  ProposerNow {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(now, "now");
  }

  LocalDate today() {
    return now.atZone(zone).toLocalDate();
  }

  ZonedDateTime at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone);
  }

  boolean isAhead(LocalDate date, LocalTime time) {
    return at(date, time).toInstant().isAfter(now);
  }

  /** The meeting at that local day and time, if it is ahead and not too far ahead. */
  MeetingTimes.Reading meeting(LocalDate date, LocalTime time) {
    ZonedDateTime when = at(date, time);
    if (!when.toInstant().isAfter(now)) {
      return MeetingRefusals.passed(when, this);
    }
    if (when.toInstant().isAfter(now.plus(MeetingTimes.MAX_AHEAD))) {
      return MeetingRefusals.tooFar(when, this);
    }
    return new MeetingTimes.At(when);
  }
}

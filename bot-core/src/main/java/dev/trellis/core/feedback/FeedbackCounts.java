package dev.trellis.core.feedback;

import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What HR analytics counts of feedback, for the person who asked, on the day they asked (UTC): the
 * request, and whether it was answered, declined, or left open past its 14 days (expired). Feedback
 * given unasked is not a request and is not counted.
 */
final class FeedbackCounts implements CountedFacts {

  private final FeedbackRecords records;

  FeedbackCounts(FeedbackRecords records) {
    this.records = records;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    records.eachAskedBetween(
        orgId,
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        asked -> {
          LocalDate day = LocalDate.ofInstant(asked.createdAt(), ZoneOffset.UTC);
          tally.add(asked.receiverId(), day, Counted.FEEDBACK_ASKED);
          switch (asked.state()) {
            case ANSWERED -> tally.add(asked.receiverId(), day, Counted.FEEDBACK_ANSWERED);
            case DECLINED -> tally.add(asked.receiverId(), day, Counted.FEEDBACK_DECLINED);
            case OPEN -> {
              if (!tally.asOf().isBefore(asked.createdAt().plus(Feedback.OPEN_FOR))) {
                tally.add(asked.receiverId(), day, Counted.FEEDBACK_EXPIRED);
              }
            }
          }
        });
  }
}

package dev.trellis.slack.sync;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a directory sync did. Of the {@code seen} Slack members: {@code linked} people got their
 * Slack user id, {@code relinked} had a different one replaced, {@code alreadyLinked} were right
 * already; {@code unlinked} people lost a Slack id that now belongs to someone else. Skipped were
 * deleted accounts, bots and guests; {@code withoutEmail} had no email (all of them when the app
 * lacks the {@code users:read.email} scope); {@code notInTrellis} lists members no person has the
 * email of. {@code timeZonesUpdated} counts linked people who got the time zone they set in Slack,
 * which replaces the directory's. {@code stoppedBy} says why the sync ended early; the pages before
 * it were saved.
 */
public record SlackSyncReport(
    int seen,
    int linked,
    int relinked,
    int alreadyLinked,
    int unlinked,
    int skippedDeleted,
    int skippedBots,
    int skippedGuests,
    int withoutEmail,
    List<UnmatchedSlackUser> notInTrellis,
    int timeZonesUpdated,
    Optional<String> stoppedBy) {

  public SlackSyncReport {
    notInTrellis = List.copyOf(notInTrellis);
    Objects.requireNonNull(stoppedBy, "stoppedBy");
  }

  /** Whether someone got a Slack id, lost one, or moved zone: their steps need planning again. */
  public boolean changedAnyone() {
    return linked + relinked + unlinked + timeZonesUpdated > 0;
  }

  public boolean complete() {
    return stoppedBy.isEmpty();
  }

  /** Counts only, for logs: no emails. */
  public String summary() {
    return String.format(
        "seen %d, linked %d, relinked %d, already linked %d, unlinked %d, skipped %d deleted,"
            + " %d bots, %d guests, %d without email, %d not in Trellis, %d time zones taken from Slack"
            + " zone%s",
        seen,
        linked,
        relinked,
        alreadyLinked,
        unlinked,
        skippedDeleted,
        skippedBots,
        skippedGuests,
        withoutEmail,
        notInTrellis.size(),
        timeZonesUpdated,
        stoppedBy.map(reason -> "; stopped: " + reason).orElse(""));
  }
}

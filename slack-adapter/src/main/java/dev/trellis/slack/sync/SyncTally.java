package dev.trellis.slack.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The counts of a sync in progress. */
final class SyncTally {

  int seen;
  int linked;
  int relinked;
  int alreadyLinked;
  int skippedDeleted;
  int skippedBots;
  int skippedGuests;
  int withoutEmail;
  int timeZonesUpdated;
  final List<UnmatchedSlackUser> notInTrellis = new ArrayList<>();

  void count(DirectoryLinks.Result result) {
    switch (result) {
      case LINKED -> linked++;
      case RELINKED -> relinked++;
      case ALREADY_LINKED -> alreadyLinked++;
    }
  }

  void skip(SlackUserKind kind) {
    switch (kind) {
      case DELETED -> skippedDeleted++;
      case BOT -> skippedBots++;
      case GUEST -> skippedGuests++;
      case PERSON -> throw new IllegalArgumentException("A person is not skipped");
    }
  }

  SlackSyncReport report(int unlinked, Optional<String> stoppedBy) {
    return new SlackSyncReport(
        seen,
        linked,
        relinked,
        alreadyLinked,
        unlinked,
        skippedDeleted,
        skippedBots,
        skippedGuests,
        withoutEmail,
        notInTrellis,
        timeZonesUpdated,
        stoppedBy);
  }
}

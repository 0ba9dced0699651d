package dev.trellis.teams.sync;

import java.util.List;
import java.util.Optional;

/**
 * What one roster sync did.
 *
 * @param seen members the connector listed
 * @param linked people given their Teams (AAD object) id in this sync
 * @param alreadyLinked members whose person already had that id
 * @param guests anonymous and guest members, and bots, which are never people of the org
 * @param withoutEmail members with neither an email nor a UPN to match by
 * @param conflicts members whose email belongs to a person already linked to another Teams id
 * @param notInTrellis emails (or UPNs) of members nobody in the org's directory has
 * @param pages pages read
 * @param stoppedBy why the sync stopped before the last page, if it did
 */
public record TeamsRosterReport(
    int seen,
    int linked,
    int alreadyLinked,
    int guests,
    int withoutEmail,
    int conflicts,
    List<String> notInTrellis,
    int pages,
    Optional<String> stoppedBy) {

  public TeamsRosterReport {
    notInTrellis = List.copyOf(notInTrellis);
  }

  /** One line for the log: counts only, no names or emails. */
  public String summary() {
    return seen
        + " members, "
        + linked
        + " linked, "
        + alreadyLinked
        + " already linked, "
        + notInTrellis.size()
        + " not in Trellis, "
        + guests
        + " guests or bots, "
        + withoutEmail
        + " without email, "
        + conflicts
        + " conflicts, "
        + pages
        + " pages"
        + stoppedBy.map(s -> ", stopped: " + s).orElse("");
  }
}

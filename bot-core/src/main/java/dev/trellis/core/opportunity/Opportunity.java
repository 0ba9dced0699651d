package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An internal opportunity as posted, with the org's {@code number} for it (kept for good, closed
 * and filled ones too). Visible to everyone in its org: nothing in it is personal text. {@code
 * ended} says how and when it stopped taking interest, once it did.
 */
public record Opportunity(
    OpportunityId id,
    OrgId orgId,
    int number,
    OpportunityDraft posting,
    Status status,
    Optional<Ending> ended,
    Instant postedAt) {

  /** Where an opportunity stands. */
  public enum Status {
    OPEN,
    /** Closed by its poster or an admin without being filled. */
    CLOSED,
    FILLED
  }

  /**
   * How it ended: when, and for a filled one by whom and whether from another team than the
   * opportunity's (the internal-mobility figure; decided when it was filled, as people move later).
   */
  public record Ending(Instant at, Optional<PersonId> filledBy, boolean fromAnotherTeam) {

    public Ending {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(filledBy, "filledBy");
      if (fromAnotherTeam && filledBy.isEmpty()) {
        throw new IllegalArgumentException("Only a filled opportunity is filled from another team");
      }
    }
  }

  public Opportunity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(posting, "posting");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(postedAt, "postedAt");
    if (number < 1) {
      throw new IllegalArgumentException("An opportunity number starts at 1, not " + number);
    }
    if ((status == Status.OPEN) != ended.isEmpty()) {
      throw new IllegalArgumentException("An opportunity has an ending exactly when it ended");
    }
  }

  /** A new open opportunity. */
  public static Opportunity posted(OrgId orgId, int number, OpportunityDraft posting, Instant at) {
    return new Opportunity(
        OpportunityId.of(orgId, number), orgId, number, posting, Status.OPEN, Optional.empty(), at);
  }

  /** Open and not past its closing day ({@code today} in whoever's zone asks). */
  public boolean isOpenOn(LocalDate today) {
    return status == Status.OPEN && !today.isAfter(posting.closesOn());
  }

  public PersonId postedBy() {
    return posting.postedBy();
  }

  public String title() {
    return posting.title();
  }

  public OpportunityKind kind() {
    return posting.kind();
  }

  public Optional<String> team() {
    return posting.team();
  }

  public List<String> skills() {
    return posting.skills();
  }

  public LocalDate closesOn() {
    return posting.closesOn();
  }

  /** The same opportunity, closed unfilled. */
  public Opportunity closed(Instant at) {
    return ended(Status.CLOSED, new Ending(at, Optional.empty(), false));
  }

  /** The same opportunity, filled by {@code person}. */
  public Opportunity filled(PersonId person, boolean fromAnotherTeam, Instant at) {
    return ended(Status.FILLED, new Ending(at, Optional.of(person), fromAnotherTeam));
  }

  private Opportunity ended(Status newStatus, Ending ending) {
    if (status != Status.OPEN) {
      throw new IllegalStateException("Opportunity " + number + " already ended");
    }
    return new Opportunity(id, orgId, number, posting, newStatus, Optional.of(ending), postedAt);
  }
}

package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one buddy group stands in its round: the times proposed, and for each member whether they
 * marked the meetup done, skipped the round, and what they answered when the round ended. Notes are
 * not part of it: a note is read only for its writer.
 */
public record Meetup(
    MeetupId id, List<PersonId> members, List<MemberState> states, List<Proposal> proposals) {

  /** One member's own marks, in the order of {@link #members()}. */
  public record MemberState(
      Optional<Instant> doneAt, boolean skipped, Optional<Boolean> happened, boolean hasNote) {

    public static final MemberState NONE =
        new MemberState(Optional.empty(), false, Optional.empty(), false);

    public MemberState {
      Objects.requireNonNull(doneAt, "doneAt");
      Objects.requireNonNull(happened, "happened");
    }
  }

  public Meetup {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    states = List.copyOf(states);
    proposals = List.copyOf(proposals);
    if (members.size() < 2 || states.size() != members.size()) {
      throw new IllegalArgumentException("A meetup has a state for each of 2 or more members");
    }
  }

  /** A new group's meetup: nothing proposed or marked yet. */
  public static Meetup fresh(MeetupId id, List<PersonId> members) {
    return new Meetup(id, members, members.stream().map(m -> MemberState.NONE).toList(), List.of());
  }

  public boolean includes(PersonId person) {
    return members.contains(person);
  }

  /** The member's position in {@link #members()}; they must be a member. */
  public int indexOf(PersonId person) {
    int index = members.indexOf(person);
    if (index < 0) {
      throw new IllegalArgumentException(person + " is not in meetup " + id);
    }
    return index;
  }

  public MemberState stateOf(PersonId person) {
    return states.get(indexOf(person));
  }

  public List<PersonId> othersThan(PersonId person) {
    return members.stream().filter(m -> !m.equals(person)).toList();
  }

  /** Someone marked it done, or answered at the end of the round that it happened. */
  public boolean met() {
    return states.stream().anyMatch(s -> s.doneAt().isPresent() || s.happened().orElse(false));
  }

  /** Not met, and at most one member has not skipped: nobody is left to meet. */
  public boolean skipped() {
    long notSkipped = states.stream().filter(s -> !s.skipped()).count();
    return !met() && notSkipped <= 1;
  }

  /** The newest proposal; an older one was replaced by it. */
  public Optional<Proposal> latestProposal() {
    return proposals.isEmpty()
        ? Optional.empty()
        : Optional.of(proposals.get(proposals.size() - 1));
  }

  /** Every other member accepted the proposal. */
  public boolean isAgreed(Proposal proposal) {
    return proposal.acceptedBy().containsAll(othersThan(proposal.by()));
  }

  /** The newest proposal, when everyone agreed to it. */
  public Optional<Proposal> agreed() {
    return latestProposal().filter(this::isAgreed);
  }

  /** The newest proposal by someone else that the person has not accepted yet. */
  public Optional<Proposal> waitingFor(PersonId person) {
    return latestProposal().filter(p -> !p.by().equals(person) && !p.acceptedBy().contains(person));
  }
}

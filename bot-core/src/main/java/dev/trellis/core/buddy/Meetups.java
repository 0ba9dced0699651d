package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The meetups of buddy groups. Each change is one atomic update of one meetup, so two members
 * acting at once never overwrite each other. Notes are stored encrypted and read only for their
 * writer.
 */
public interface Meetups {

  /** Stores the meetups of a new round; one already stored is left as it is. */
  void addAll(List<Meetup> meetups);

  Optional<Meetup> find(MeetupId id);

  /** The meetups with these ids, all of one org, in no particular order. */
  List<Meetup> findAll(OrgId orgId, List<MeetupId> ids);

  /** Adds a proposal after the ones stored; its number is its position. */
  void propose(MeetupId id, PersonId by, Instant at, Instant madeAt);

  /** Records that a member accepted proposal {@code number}. */
  void accept(Meetup meetup, int number, PersonId who);

  void markDone(Meetup meetup, PersonId who, Instant at);

  void markSkipped(Meetup meetup, PersonId who);

  /** The member's answer, at the end of the round, to whether the meetup happened. */
  void recordHappened(Meetup meetup, PersonId who, boolean happened);

  /** Stores (or replaces) the member's private note. */
  void saveNote(Meetup meetup, PersonId who, String note);

  Optional<String> note(Meetup meetup, PersonId who);

  /** Each meetup of the org's rounds with these numbers (of any cohort). */
  void eachOfRounds(OrgId orgId, Set<Integer> rounds, Consumer<Meetup> each);

  /**
   * Erasure: the person stays a member of their meetups as the anonymous id (done, happened and
   * proposals stay counted), without their note.
   */
  void eraseOf(Erasure erasure);

  /** Retention: the notes of members who marked a meetup done before the cutoff are forgotten. */
  void forgetNotesBefore(OrgId orgId, Instant cutoff);
}

package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionBank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The messages a round's start queues: an intro for each grouped member with a first topic drawn by
 * the round's seed (and one in a group DM when the whole group is on Slack), and a message to each
 * member left out saying why, except those who opted out.
 */
final class QueuingRoundMessages {

  private final QuestionBank questions;

  QueuingRoundMessages(QuestionBank questions) {
    this.questions = questions;
  }

  void queue(
      BuddyDelivery.Batch batch,
      Cohort cohort,
      BuddyRound round,
      Map<PersonId, Person> persons,
      long seed,
      Instant now) {
    List<Question> topics =
        new ArrayList<>(questions.eligible(cohort.orgId(), StartingBuddyRound.TOPIC_THEMES));
    topics.sort(Comparator.comparing(q -> q.id().value()));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < round.groups().size(); i++) {
      BuddyRound.Group group = round.groups().get(i);
      Optional<Question> topic =
          topics.isEmpty()
              ? Optional.empty()
              : Optional.of(topics.get(random.nextInt(topics.size())));
      List<Person> members =
          group.members().stream().map(persons::get).filter(Objects::nonNull).toList();
      Optional<Recipient> together =
          members.size() == group.members().size() ? groupChat(members) : Optional.empty();
      if (together.isPresent()) {
        MeetupId meetup = new MeetupId(cohort.orgId(), cohort.id(), round.number(), i);
        batch.addToGroup(
            together.get(),
            members,
            "buddy-group:" + meetup.value(),
            RoundStartMessages.groupIntro(cohort, round, members, topic),
            now);
      }
      for (PersonId member : group.members()) {
        Person person = persons.get(member);
        List<Person> buddies = members.stream().filter(m -> !m.id().equals(member)).toList();
        if (person == null || buddies.isEmpty()) {
          // Only when finishing a start: they (or their buddies) left the directory since.
          continue;
        }
        batch.add(
            person,
            key(cohort, round.number(), member),
            RoundStartMessages.intro(cohort, round, buddies, topic),
            now);
      }
    }
    for (LeftOut left : round.leftOut()) {
      if (left.reason() != LeftOut.Reason.OPTED_OUT && persons.containsKey(left.personId())) {
        batch.add(
            persons.get(left.personId()),
            key(cohort, round.number(), left.personId()),
            RoundStartMessages.leftOutMessage(cohort, round, left),
            now);
      }
    }
  }

  /** {@code buddy:<cohort>:<round>:<person>}, after the org. */
  static String key(Cohort cohort, int number, PersonId person) {
    return "buddy:" + cohort.id().value() + ":" + number + ":" + person.value();
  }

  /**
   * A group DM with the whole group, where the platform opens one (Slack): only when every member
   * is on Slack.
   */
  static Optional<Recipient> groupChat(List<Person> members) {
    List<Recipient> onSlack = new ArrayList<>();
    for (Person p : members) {
      Optional<Recipient> r = Recipients.on(p, Platform.SLACK);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      onSlack.add(r.get());
    }
    return Optional.of(Recipient.group(onSlack));
  }
}

package dev.trellis.slack.inbound;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.BlockKitMessages;
import dev.trellis.slack.send.FormAsMessage;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to a stored Slack request, rendered for where the person acted: a message for
 * their response URL or DM (replacing the pressed message only when nobody else sees it, or the
 * answer is not personal), or a form opened at once.
 */
final class AnswersWhereTheyActed {

  private final People people;
  private final SlackReplies replies;

  AnswersWhereTheyActed(People people, SlackReplies replies) {
    this.people = people;
    this.replies = replies;
  }

  /**
   * The engine's answer, rendered for where the person acted. A form is opened at once, as its
   * trigger lasts seconds; if Slack does not take it now, it is sent as a message instead.
   */
  Optional<SlackAnswer> answer(
      OrgId orgId,
      PersonId personId,
      Response answer,
      Optional<String> responseUrl,
      String triggerId,
      boolean onAButton,
      boolean onAMessageOnlyThePersonSees) {
    Optional<String> userId = person(orgId, personId).flatMap(Person::slackUserId);
    if (answer instanceof Response.Reply reply) {
      boolean replace =
          onAButton
              && reply.replacesOriginal()
              && (onAMessageOnlyThePersonSees || !reply.personal());
      return Optional.of(
          new SlackAnswer(
              orgId, userId, responseUrl, replace, BlockKitMessages.render(reply.message())));
    }
    if (answer instanceof Response.OpenForm open && userId.isPresent()) {
      Recipient recipient = new Recipient(orgId, personId, Platform.SLACK, userId.get());
      Delivery opened;
      try {
        opened = replies.openForm(recipient, open.form(), triggerId);
      } catch (RuntimeException e) {
        opened = Delivery.RetryLater.transientFailure(e.getClass().getSimpleName());
      }
      if (opened instanceof Delivery.RetryLater) {
        return Optional.of(
            new SlackAnswer(
                orgId,
                userId,
                Optional.empty(),
                false,
                BlockKitMessages.render(FormAsMessage.of(open.form()))));
      }
    }
    return Optional.empty();
  }

  private Optional<Person> person(OrgId orgId, PersonId personId) {
    return people.findByIds(orgId, List.of(personId)).stream().findFirst();
  }
}

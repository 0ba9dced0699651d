package dev.trellis.slack.inbound;

import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.conversation.Recipients;
import dev.trellis.core.conversation.Response;
import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.inbox.InboundHandler;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.inbox.UnhandleableRequest;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a stored Slack request after it was acknowledged: turns it into an engine interaction,
 * runs it, and brings the answer back where the person acted (the command's or message's response
 * URL, their DM, a modal), then refreshes their App Home, which shows what may have changed.
 *
 * <p>Answers are only ever shown to the person: ephemerally through the response URL (never {@code
 * in_channel}), or in their DM. A personal answer (see {@link Response#personal()}) never replaces
 * a message others see (a button pressed in a channel or group DM): it comes as a new ephemeral
 * message instead.
 */
public final class SlackInboundHandler implements InboundHandler {

  private static final Logger log = LoggerFactory.getLogger(SlackInboundHandler.class);

  private final ConversationEngine engine;
  private final People people;
  private final ShowingHome home;
  private final SlackReplies replies;
  private final Consumer<StoredSlackRequest.Uninstalled> uninstalled;
  private final Clock clock;

  public SlackInboundHandler(
      ConversationEngine engine,
      People people,
      ShowingHome home,
      SlackReplies replies,
      Consumer<StoredSlackRequest.Uninstalled> uninstalled,
      Clock clock) {
    this.engine = engine;
    this.people = people;
    this.home = home;
    this.replies = replies;
    this.uninstalled = uninstalled;
    this.clock = clock;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public void handle(InboundRequest request) throws Exception {
    StoredSlackRequest stored = StoredSlackRequest.fromJson(request.kind(), request.payload());
    if (stored instanceof StoredSlackRequest.Uninstalled gone) {
      uninstalled.accept(gone);
      log.info("Slack workspace {} {}: sending to it stops", gone.teamId(), gone.event());
      return;
    }
    if (stored instanceof StoredSlackRequest.HomeOpened opened) {
      Optional<Person> person = person(opened.orgId(), opened.personId());
      if (person.isPresent()) {
        replies.publishHome(
            opened.orgId(), opened.userId(), home.homeOf(person.get(), clock.instant()));
      }
      return;
    }
    if (stored instanceof StoredSlackRequest.Command command) {
      Response answer =
          engine.handle(
              new CommandLine(
                  command.orgId(),
                  command.personId(),
                  Platform.SLACK,
                  request.receivedAt(),
                  command.command(),
                  command.text(),
                  command.triggerId()));
      deliver(
          command.orgId(),
          command.personId(),
          answer,
          Optional.of(command.responseUrl()),
          command.triggerId(),
          false,
          false);
      return;
    }
    if (stored instanceof StoredSlackRequest.Action action) {
      Interaction press =
          new ButtonPress(
              action.orgId(),
              action.personId(),
              Platform.SLACK,
              request.receivedAt(),
              actionId(action.actionId()),
              action.value(),
              action
                  .channelId()
                  .flatMap(
                      c ->
                          action
                              .messageTs()
                              .map(ts -> new MessageRef(Platform.SLACK, c + ":" + ts))),
              action.triggerId());
      deliver(
          action.orgId(),
          action.personId(),
          engine.handle(press),
          action.responseUrl(),
          action.triggerId(),
          true,
          action.onAMessageOnlyThePersonSees());
      return;
    }
    StoredSlackRequest.DirectMessage message = (StoredSlackRequest.DirectMessage) stored;
    Response answer =
        engine.handle(
            new TextReply(
                message.orgId(),
                message.personId(),
                Platform.SLACK,
                request.receivedAt(),
                message.text()));
    deliver(message.orgId(), message.personId(), answer, Optional.empty(), "", false, true);
  }

  private void deliver(
      OrgId orgId,
      PersonId personId,
      Response answer,
      Optional<String> responseUrl,
      String triggerId,
      boolean onAButton,
      boolean onAMessageOnlyThePersonSees)
      throws Exception {
    Optional<Person> person = person(orgId, personId);
    Optional<Recipient> recipient = person.flatMap(Recipients::of);
    if (answer instanceof Response.Reply reply) {
      boolean answered = false;
      if (responseUrl.isPresent()) {
        try {
          boolean replace =
              onAButton
                  && reply.replacesOriginal()
                  && (onAMessageOnlyThePersonSees || !reply.personal());
          replies.respond(responseUrl.get(), reply.message(), replace);
          answered = true;
        } catch (ResponseUrls.ExpiredResponseUrl e) {
          log.info("A response URL had expired; the answer goes to the person's DM instead");
        }
      }
      if (!answered && recipient.isPresent()) {
        replies.sendDirect(recipient.get(), reply.message());
      }
    } else if (answer instanceof Response.OpenForm open && recipient.isPresent()) {
      replies.openForm(recipient.get(), open.form(), triggerId);
    }
    if (person.isPresent() && person.get().slackUserId().isPresent()) {
      replies.publishHome(
          orgId, person.get().slackUserId().get(), home.homeOf(person.get(), clock.instant()));
    }
  }

  private Optional<Person> person(OrgId orgId, PersonId personId) {
    return people.findByIds(orgId, List.of(personId)).stream().findFirst();
  }

  /** A button Trellis never rendered: pressing it again would not help. */
  private static ActionId actionId(String value) {
    try {
      return new ActionId(value);
    } catch (IllegalArgumentException e) {
      throw new UnhandleableRequest("a button whose action id is not Trellis's");
    }
  }
}

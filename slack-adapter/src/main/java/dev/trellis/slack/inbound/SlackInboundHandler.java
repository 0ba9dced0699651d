package dev.trellis.slack.inbound;

import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.inbox.InboundHandler;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.inbox.KeptAnswers;
import dev.trellis.core.inbox.UnhandleableRequest;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.logging.LogContext;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a stored Slack request after it was acknowledged: turns it into an engine interaction,
 * runs it, and brings the answer back where the person acted (the command's or message's response
 * URL, their DM, a modal), then refreshes their App Home, which shows what may have changed.
 *
 * <p>The work is done once: as soon as the engine has answered, the rendered answer is kept with
 * the request in the inbox ({@link Inbox#workDone}), and a request tried again (its delivery
 * failed, or the service stopped before it finished) only delivers that answer. The App Home
 * refresh is a best effort that never fails the request (see {@link RefreshingHomes}).
 *
 * <p>Answers are only ever shown to the person: ephemerally through the response URL (never {@code
 * in_channel}), or in their DM. A personal answer (see {@link Response#personal()}) never replaces
 * a message others see (a button pressed in a channel or group DM): it comes as a new ephemeral
 * message instead.
 */
public final class SlackInboundHandler implements InboundHandler {

  private static final Logger log = LoggerFactory.getLogger(SlackInboundHandler.class);

  private final ConversationEngine engine;
  private final KeptAnswers kept;
  private final SlackReplies replies;
  private final AnswersWhereTheyActed answers;
  private final RefreshingHomes homes;
  private final Consumer<StoredSlackRequest.Uninstalled> uninstalled;

  public SlackInboundHandler(
      ConversationEngine engine,
      People people,
      Inbox inbox,
      SlackReplies replies,
      RefreshingHomes homes,
      Consumer<StoredSlackRequest.Uninstalled> uninstalled) {
    this.engine = engine;
    this.kept = new KeptAnswers(inbox);
    this.replies = replies;
    this.answers = new AnswersWhereTheyActed(people, replies);
    this.homes = homes;
    this.uninstalled = uninstalled;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public void handle(InboundRequest request) throws Exception {
    StoredSlackRequest stored = StoredSlackRequest.fromJson(request.kind(), request.payload());
    orgOnLogLines(stored);
    handle(stored, request);
  }

  /** Until the request is settled (an uninstall has no org yet). */
  private static void orgOnLogLines(StoredSlackRequest stored) {
    if (stored instanceof StoredSlackRequest.HomeOpened opened) {
      LogContext.putOrg(opened.orgId());
    } else if (!(stored instanceof StoredSlackRequest.Uninstalled)) {
      LogContext.putOrg(orgOf(stored));
    }
  }

  private void handle(StoredSlackRequest stored, InboundRequest request) throws Exception {
    if (stored instanceof StoredSlackRequest.Uninstalled gone) {
      uninstalled.accept(gone);
      log.info("Slack workspace {} {}: sending to it stops", gone.teamId(), gone.event());
      return;
    }
    if (stored instanceof StoredSlackRequest.HomeOpened opened) {
      homes.refresh(opened.orgId(), opened.personId());
      return;
    }
    String answer =
        kept.answer(request, () -> work(stored, request).map(SlackAnswer::toJson).orElse(""));
    if (!answer.isEmpty()) {
      deliver(SlackAnswer.fromJson(answer));
    }
    homes.refresh(orgOf(stored), personOf(stored));
  }

  /** Runs the engine; answers what is left to send once that is done. */
  private Optional<SlackAnswer> work(StoredSlackRequest stored, InboundRequest request) {
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
      return answers.answer(
          command.orgId(),
          command.personId(),
          answer,
          Optional.of(command.responseUrl()),
          command.triggerId(),
          false,
          false);
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
      return answers.answer(
          action.orgId(),
          action.personId(),
          engine.handle(press),
          action.responseUrl(),
          action.triggerId(),
          true,
          action.onAMessageOnlyThePersonSees());
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
    return answers.answer(
        message.orgId(), message.personId(), answer, Optional.empty(), "", false, true);
  }

  /** Sends a kept answer; throwing means only this is tried again. */
  private void deliver(SlackAnswer answer) throws Exception {
    if (answer.responseUrl().isPresent()) {
      try {
        replies.respond(answer.responseUrl().get(), answer.message(), answer.replaceOriginal());
        return;
      } catch (ResponseUrls.ExpiredResponseUrl e) {
        log.info("A response URL had expired; the answer goes to the person's DM instead");
      }
    }
    if (answer.userId().isPresent()) {
      replies.sendDirect(answer.orgId(), answer.userId().get(), answer.message());
    }
  }

  private static OrgId orgOf(StoredSlackRequest stored) {
    if (stored instanceof StoredSlackRequest.Command c) {
      return c.orgId();
    }
    if (stored instanceof StoredSlackRequest.Action a) {
      return a.orgId();
    }
    return ((StoredSlackRequest.DirectMessage) stored).orgId();
  }

  private static PersonId personOf(StoredSlackRequest stored) {
    if (stored instanceof StoredSlackRequest.Command c) {
      return c.personId();
    }
    if (stored instanceof StoredSlackRequest.Action a) {
      return a.personId();
    }
    return ((StoredSlackRequest.DirectMessage) stored).personId();
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

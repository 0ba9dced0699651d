package dev.trellis.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.org.Orgs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Trellis listens to on Slack, registered on a Bolt app. Each request is resolved to its org
 * and person, stored in the inbox and acknowledged at once; the work happens after (see {@link
 * SlackInboundHandler}). A modal's submission is the exception: Slack shows validation errors only
 * from the acknowledgement, so the engine checks and stores it before answering.
 */
public final class SlackInteractions {

  static final List<String> COMMANDS = List.of("/trellis", "/buddy", "/feedback");

  private final SlackSenders senders;
  private final SlackRequestInbox inbox;
  private final SubmittedModals modals;

  /** Where the engine's answer to a submitted modal goes: the person's DM, through the outbox. */
  public interface SubmittedReplies {
    void send(Person person, String viewId, dev.trellis.core.message.OutboundMessage message);
  }

  public SlackInteractions(
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      SubmittedReplies submittedReplies,
      Clock clock) {
    this.senders = new SlackSenders(orgs, people);
    this.inbox = new SlackRequestInbox(inbound, clock);
    this.modals = new SubmittedModals(senders, engine, submittedReplies, clock);
  }

  public void register(App app) {
    for (String command : COMMANDS) {
      app.command(
          command,
          (req, ctx) -> {
            var p = req.getPayload();
            SlackSenders.Resolved who = senders.resolve(p.getTeamId(), p.getUserId());
            if (who.unknown().isPresent()) {
              return ctx.ack(who.unknown().get());
            }
            inbox.store(
                "slack:command:" + p.getTriggerId(),
                new StoredSlackRequest.Command(
                    who.person().orgId(),
                    who.person().id(),
                    p.getCommand(),
                    p.getText() == null ? "" : p.getText(),
                    p.getTriggerId(),
                    p.getResponseUrl()));
            return ctx.ack();
          });
    }
    app.blockAction(
        Pattern.compile(".*"),
        (req, ctx) -> {
          var p = req.getPayload();
          SlackSenders.Resolved who = senders.resolve(p.getTeam().getId(), p.getUser().getId());
          if (who.unknown().isPresent() || p.getActions().isEmpty()) {
            return ctx.ack();
          }
          var action = p.getActions().get(0);
          Optional<String> channel =
              Optional.ofNullable(p.getContainer()).map(c -> c.getChannelId());
          Optional<String> ts = Optional.ofNullable(p.getContainer()).map(c -> c.getMessageTs());
          inbox.store(
              "slack:action:" + p.getTriggerId(),
              new StoredSlackRequest.Action(
                  who.person().orgId(),
                  who.person().id(),
                  p.getUser().getId(),
                  action.getActionId(),
                  action.getValue() == null ? "" : action.getValue(),
                  p.getTriggerId(),
                  Optional.ofNullable(p.getResponseUrl()),
                  channel,
                  ts,
                  p.getContainer() != null && p.getContainer().isEphemeral()));
          return ctx.ack();
        });
    app.viewSubmission(Pattern.compile(".*"), modals::submitted);
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent event = payload.getEvent();
          boolean fromAPerson = event.getBotId() == null && event.getUser() != null;
          if ("im".equals(event.getChannelType())
              && fromAPerson
              && event.getText() != null
              && !event.getText().isBlank()) {
            SlackSenders.Resolved who = senders.resolve(payload.getTeamId(), event.getUser());
            if (who.unknown().isEmpty()) {
              inbox.store(
                  "slack:event:" + payload.getEventId(),
                  new StoredSlackRequest.DirectMessage(
                      who.person().orgId(), who.person().id(), event.getText()));
            }
          }
          return ctx.ack();
        });
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())) {
            SlackSenders.Resolved who = senders.resolve(payload.getTeamId(), event.getUser());
            if (who.unknown().isEmpty()) {
              inbox.store(
                  "slack:event:" + payload.getEventId(),
                  new StoredSlackRequest.HomeOpened(
                      who.person().orgId(), who.person().id(), event.getUser()));
            }
          }
          return ctx.ack();
        });
    app.event(
        AppUninstalledEvent.class,
        (payload, ctx) -> {
          inbox.store(
              "slack:event:" + payload.getEventId(),
              new StoredSlackRequest.Uninstalled(
                  payload.getTeamId(),
                  Optional.ofNullable(payload.getEnterpriseId()),
                  "app_uninstalled"));
          return ctx.ack();
        });
    app.event(
        TokensRevokedEvent.class,
        (payload, ctx) -> {
          var tokens = payload.getEvent().getTokens();
          if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
            inbox.store(
                "slack:event:" + payload.getEventId(),
                new StoredSlackRequest.Uninstalled(
                    payload.getTeamId(),
                    Optional.ofNullable(payload.getEnterpriseId()),
                    "tokens_revoked"));
          }
          return ctx.ack();
        });
  }
}

package dev.trellis.slack.inbound;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
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
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.render.BlockKitFormErrors;
import dev.trellis.slack.render.BlockKitForms;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Trellis listens to on Slack, registered on a Bolt app. Each request is resolved to its org
 * and person, stored in the inbox and acknowledged at once; the work happens after (see {@link
 * SlackInboundHandler}). A modal's submission is the exception: Slack shows validation errors only
 * from the acknowledgement, so the engine checks and stores it before answering.
 */
public final class SlackInteractions {

  private static final Logger log = LoggerFactory.getLogger(SlackInteractions.class);

  static final List<String> COMMANDS = List.of("/trellis", "/buddy", "/feedback");

  private final Orgs orgs;
  private final People people;
  private final HandlingInbound inbound;
  private final ConversationEngine engine;
  private final SubmittedReplies submittedReplies;
  private final Clock clock;

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
    this.orgs = orgs;
    this.people = people;
    this.inbound = inbound;
    this.engine = engine;
    this.submittedReplies = submittedReplies;
    this.clock = clock;
  }

  public void register(App app) {
    for (String command : COMMANDS) {
      app.command(
          command,
          (req, ctx) -> {
            var p = req.getPayload();
            Resolved who = resolve(p.getTeamId(), p.getUserId());
            if (who.unknown().isPresent()) {
              return ctx.ack(who.unknown().get());
            }
            store(
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
          Resolved who = resolve(p.getTeam().getId(), p.getUser().getId());
          if (who.unknown().isPresent() || p.getActions().isEmpty()) {
            return ctx.ack();
          }
          var action = p.getActions().get(0);
          Optional<String> channel =
              Optional.ofNullable(p.getContainer()).map(c -> c.getChannelId());
          Optional<String> ts = Optional.ofNullable(p.getContainer()).map(c -> c.getMessageTs());
          store(
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
    app.viewSubmission(Pattern.compile(".*"), this::submitted);
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent event = payload.getEvent();
          boolean fromAPerson = event.getBotId() == null && event.getUser() != null;
          if ("im".equals(event.getChannelType())
              && fromAPerson
              && event.getText() != null
              && !event.getText().isBlank()) {
            Resolved who = resolve(payload.getTeamId(), event.getUser());
            if (who.unknown().isEmpty()) {
              store(
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
            Resolved who = resolve(payload.getTeamId(), event.getUser());
            if (who.unknown().isEmpty()) {
              store(
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
          store(
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
            store(
                "slack:event:" + payload.getEventId(),
                new StoredSlackRequest.Uninstalled(
                    payload.getTeamId(),
                    Optional.ofNullable(payload.getEnterpriseId()),
                    "tokens_revoked"));
          }
          return ctx.ack();
        });
  }

  private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = req.getPayload();
    Resolved who = resolve(p.getTeam().getId(), p.getUser().getId());
    if (who.unknown().isPresent()) {
      return ctx.ack();
    }
    ActionId action;
    try {
      action = new ActionId(p.getView().getCallbackId());
    } catch (IllegalArgumentException e) {
      return ctx.ack(); // not one of Trellis's forms
    }
    dev.trellis.core.interaction.Response answer =
        engine.handle(
            new FormSubmission(
                who.person().orgId(),
                who.person().id(),
                Platform.SLACK,
                clock.instant(),
                action,
                BlockKitForms.referenceOf(p.getView()),
                BlockKitForms.valuesOf(p.getView().getState())));
    if (answer instanceof dev.trellis.core.interaction.Response.FormErrors errors) {
      return ctx.ack(BlockKitFormErrors.response(errors.errors()));
    }
    if (answer instanceof dev.trellis.core.interaction.Response.Reply reply) {
      submittedReplies.send(who.person(), p.getView().getId(), reply.message());
    }
    return ctx.ack();
  }

  private void store(String key, StoredSlackRequest request) {
    boolean fresh =
        inbound.receive(
            InboundRequest.fresh(
                key,
                Platform.SLACK,
                request.kind(),
                StoredSlackRequest.toJson(request),
                clock.instant()));
    if (!fresh) {
      log.info("Slack sent {} again; it was handled already", key);
    }
  }

  /** The person behind a request, or what to tell someone Trellis does not know. */
  private record Resolved(Person person, Optional<String> unknown) {}

  private Resolved resolve(String teamId, String userId) {
    Optional<Org> org = teamId == null ? Optional.empty() : orgs.findBySlackTeamId(teamId);
    if (org.isEmpty()) {
      return new Resolved(
          null,
          Optional.of(
              "Trellis is not set up for this Slack workspace yet. Ask your Trellis admin to"
                  + " link it."));
    }
    Optional<Person> person = people.findBySlackUserId(org.get().id(), userId);
    if (person.isEmpty()) {
      return new Resolved(
          null,
          Optional.of(
              "Trellis does not know you yet. Ask your Trellis admin to add you to the people"
                  + " of "
                  + org.get().name()
                  + "."));
    }
    return new Resolved(person.get(), Optional.empty());
  }
}

package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.inbox.InboundHandler;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.inbox.KeptAnswers;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.logging.LogContext;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.send.CardRenderer;
import dev.trellis.teams.send.ReplyActivities;
import dev.trellis.teams.send.TeamsMessageRefs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Handles a stored Teams activity after it was acknowledged: runs the engine on what a person did
 * and brings the answer back where they acted (see {@link TeamsReplies}); installs and removals go
 * to {@link TeamsInstalls}.
 *
 * <p>The work is done once: as soon as the engine has answered, the rendered reply is kept with the
 * request in the inbox ({@link KeptAnswers}), and a request tried again (the connector failed or
 * timed out, or the service stopped before it finished) only delivers that reply ({@link
 * DeliveringTeamsReplies}).
 *
 * <p>A personal answer (see {@link Response#personal()}) to someone who acted in a channel or group
 * chat goes to their 1:1 chat with the bot instead, and a card pressed there is never replaced with
 * it.
 */
public final class TeamsInboundHandler implements InboundHandler {

  private final Function<Interaction, Response> engine;
  private final TeamsInstalls installs;
  private final TeamsReplies replies;
  private final ReplyActivities activities;
  private final KeptAnswers answers;
  private final DeliveringTeamsReplies delivering;

  public TeamsInboundHandler(
      ConversationEngine engine,
      People people,
      TeamsConversations conversations,
      InstalledTeams teams,
      TeamsMemberEmails emails,
      TeamsReplies replies,
      TeamsPrivateChats privateChats,
      CardRenderer cards,
      Inbox inbox,
      Clock clock) {
    this(
        engine::handle,
        people,
        conversations,
        teams,
        emails,
        replies,
        privateChats,
        cards,
        inbox,
        clock);
  }

  TeamsInboundHandler(
      Function<Interaction, Response> engine,
      People people,
      TeamsConversations conversations,
      InstalledTeams teams,
      TeamsMemberEmails emails,
      TeamsReplies replies,
      TeamsPrivateChats privateChats,
      CardRenderer cards,
      Inbox inbox,
      Clock clock) {
    this.engine = engine;
    this.replies = replies;
    this.activities = new ReplyActivities(cards);
    this.installs =
        new TeamsInstalls(people, conversations, teams, emails, replies, activities, clock);
    this.answers = new KeptAnswers(inbox);
    this.delivering = new DeliveringTeamsReplies(replies, privateChats, activities, answers);
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  @Override
  public void handle(InboundRequest request) throws Exception {
    StoredTeamsRequest stored = StoredTeamsRequest.fromJson(request.kind(), request.payload());
    orgOnLogLines(stored);
    handle(stored, request);
  }

  /** Until the request is settled (a notice has no org). */
  private static void orgOnLogLines(StoredTeamsRequest stored) {
    if (stored instanceof StoredTeamsRequest.Acting acting) {
      LogContext.putOrg(acting.orgId());
    } else if (stored instanceof StoredTeamsRequest.Installed installed) {
      LogContext.putOrg(installed.orgId());
    } else if (stored instanceof StoredTeamsRequest.Removed removed) {
      LogContext.putOrg(removed.orgId());
    }
  }

  private void handle(StoredTeamsRequest stored, InboundRequest request) throws Exception {
    if (stored instanceof StoredTeamsRequest.Notice notice) {
      replies.post(
          notice.where(), activities.message(OutboundMessage.builder(notice.text()).build()));
    } else if (stored instanceof StoredTeamsRequest.Installed installed) {
      installs.installed(installed);
    } else if (stored instanceof StoredTeamsRequest.Removed removed) {
      installs.removed(removed);
    } else {
      StoredTeamsRequest.Acting acting = (StoredTeamsRequest.Acting) stored;
      String kept = answers.answer(request, () -> KeptTeamsReply.toJson(work(acting, request)));
      delivering.deliver(request, KeptTeamsReply.fromJson(kept));
    }
  }

  /** Runs the engine; answers the rendered reply, still to be delivered. */
  private List<KeptTeamsReply> work(StoredTeamsRequest.Acting acting, InboundRequest request) {
    ReplyTo where = acting.where();
    if (acting instanceof StoredTeamsRequest.Message && where.personal()) {
      installs.remember(acting.orgId(), acting.aadObjectId(), acting.userId(), where);
    }
    Response answer = engine.apply(interactionOf(acting, request));
    ObjectNode activity = activityOf(answer);
    if (!where.personal() && answer.personal()) {
      return List.of(
          new KeptTeamsReply.ToPrivateChat(
              acting.orgId(), acting.aadObjectId(), acting.userId(), where, activity));
    }
    boolean replace = answer instanceof Response.Reply reply && reply.replacesOriginal();
    Optional<String> card = replace ? acting.cardActivityId() : Optional.empty();
    return List.of(new KeptTeamsReply.Post(where, card, activity));
  }

  private ObjectNode activityOf(Response answer) {
    if (answer instanceof Response.Reply reply) {
      return activities.message(reply.message());
    }
    if (answer instanceof Response.OpenForm open) {
      return activities.form(open.form());
    }
    return activities.message(
        OutboundMessage.builder(describe((Response.FormErrors) answer)).build());
  }

  /** The engine's interaction for a person's message, button press or form submission. */
  static Interaction interactionOf(StoredTeamsRequest stored, InboundRequest request) {
    if (stored instanceof StoredTeamsRequest.Message m) {
      if (m.where().personal()) {
        // In the 1:1 chat: an answer to the open question, else a command (the engine decides).
        return new TextReply(
            m.orgId(), m.personId(), Platform.TEAMS, request.receivedAt(), m.text());
      }
      // In a channel or group chat: a command only, never an answer others would see.
      return new CommandLine(
          m.orgId(),
          m.personId(),
          Platform.TEAMS,
          request.receivedAt(),
          "",
          m.text(),
          m.where().activityId());
    }
    if (stored instanceof StoredTeamsRequest.Press p) {
      Optional<MessageRef> card =
          p.cardActivityId().map(id -> TeamsMessageRefs.of(p.where().conversationId(), id));
      return new ButtonPress(
          p.orgId(),
          p.personId(),
          Platform.TEAMS,
          request.receivedAt(),
          new ActionId(p.action()),
          p.value(),
          card,
          p.where().activityId());
    }
    StoredTeamsRequest.Submit s = (StoredTeamsRequest.Submit) stored;
    return new FormSubmission(
        s.orgId(),
        s.personId(),
        Platform.TEAMS,
        request.receivedAt(),
        new ActionId(s.submitAction()),
        s.reference(),
        s.values());
  }

  /** Form errors as one line per input, in a stable order. */
  static String describe(Response.FormErrors errors) {
    return "Please check the form: "
        + new TreeMap<>(errors.errors())
            .entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
  }
}

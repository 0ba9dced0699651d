package dev.trellis.teams.inbound;

import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.InboundHandler;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.send.TeamsMessageRefs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a stored Teams activity after it was acknowledged: runs the engine on what a person did
 * and brings the answer back where they acted (see {@link TeamsReplies}); remembers and forgets
 * where people and teams are reached as the bot is installed and removed.
 *
 * <p>A personal answer (see {@link Response#personal()}) to someone who acted in a channel or group
 * chat goes to their 1:1 chat with the bot instead; the channel gets only {@link #SENT_TO_CHAT}, or
 * {@link #OPEN_A_CHAT} when no 1:1 chat could be reached, and a card pressed there is never
 * replaced with it.
 */
public final class TeamsInboundHandler implements InboundHandler {

  private static final Logger log = LoggerFactory.getLogger(TeamsInboundHandler.class);

  static final OutboundMessage WELCOME_PERSONAL =
      OutboundMessage.builder(
              "Hello, I am Trellis. I help you make career development a habit: short reflection"
                  + " questions now and then, your 1:1 agendas, and a career buddy. Type help to see"
                  + " what I can do.")
          .build();

  static final OutboundMessage WELCOME_TEAM =
      OutboundMessage.builder(
              "Trellis was added to this team. Each member hears from me in a private chat, never"
                  + " here; type help there to see what I can do.")
          .build();

  static final OutboundMessage SENT_TO_CHAT =
      OutboundMessage.builder("I sent you the answer in our chat.").build();

  static final OutboundMessage OPEN_A_CHAT =
      OutboundMessage.builder(
              "That answer is only for you, and I cannot reach you in a private chat yet. Open a"
                  + " chat with Trellis and ask me there.")
          .build();

  private final Function<Interaction, Response> engine;
  private final People people;
  private final TeamsConversations conversations;
  private final InstalledTeams teams;
  private final TeamsMemberEmails emails;
  private final TeamsReplies replies;
  private final TeamsPrivateChats privateChats;
  private final Clock clock;

  public TeamsInboundHandler(
      ConversationEngine engine,
      People people,
      TeamsConversations conversations,
      InstalledTeams teams,
      TeamsMemberEmails emails,
      TeamsReplies replies,
      TeamsPrivateChats privateChats,
      Clock clock) {
    this(engine::handle, people, conversations, teams, emails, replies, privateChats, clock);
  }

  TeamsInboundHandler(
      Function<Interaction, Response> engine,
      People people,
      TeamsConversations conversations,
      InstalledTeams teams,
      TeamsMemberEmails emails,
      TeamsReplies replies,
      TeamsPrivateChats privateChats,
      Clock clock) {
    this.engine = engine;
    this.privateChats = privateChats;
    this.people = people;
    this.conversations = conversations;
    this.teams = teams;
    this.emails = emails;
    this.replies = replies;
    this.clock = clock;
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  @Override
  public void handle(InboundRequest request) throws Exception {
    StoredTeamsRequest stored = StoredTeamsRequest.fromJson(request.kind(), request.payload());
    if (stored instanceof StoredTeamsRequest.Notice notice) {
      replies.reply(notice.where(), OutboundMessage.builder(notice.text()).build());
    } else if (stored instanceof StoredTeamsRequest.Installed installed) {
      installed(installed);
    } else if (stored instanceof StoredTeamsRequest.Removed removed) {
      removed.teamId().ifPresent(team -> teams.forget(removed.orgId(), team));
      removed.aadObjectIds().forEach(aad -> conversations.forget(removed.orgId(), aad));
      log.info(
          "Teams: bot removed for {} people{} of org {}; sending to them stops",
          removed.aadObjectIds().size(),
          removed.teamId().isPresent() ? " and a team" : "",
          removed.orgId().value());
    } else {
      Interaction interaction = interactionOf(stored, request);
      ReplyTo where = whereOf(stored);
      if (stored instanceof StoredTeamsRequest.Message message && where.personal()) {
        remember(message.orgId(), message.aadObjectId(), message.userId(), where);
      }
      Response answer = engine.apply(interaction);
      if (where.personal() || !answer.personal()) {
        deliver(where, answer, cardOf(stored));
      } else {
        deliverPrivately(stored, where, answer);
      }
    }
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

  private static ReplyTo whereOf(StoredTeamsRequest stored) {
    if (stored instanceof StoredTeamsRequest.Message m) {
      return m.where();
    }
    if (stored instanceof StoredTeamsRequest.Press p) {
      return p.where();
    }
    return ((StoredTeamsRequest.Submit) stored).where();
  }

  /**
   * A personal answer to someone who acted in a channel or group chat: to their 1:1 chat, and only
   * a pointer where they acted.
   */
  private void deliverPrivately(StoredTeamsRequest stored, ReplyTo where, Response answer)
      throws Exception {
    Optional<ReplyTo> chat = chatOf(stored, where);
    if (chat.isEmpty()) {
      replies.reply(where, OPEN_A_CHAT);
      return;
    }
    deliver(chat.get(), answer, Optional.empty());
    replies.reply(where, SENT_TO_CHAT);
  }

  private Optional<ReplyTo> chatOf(StoredTeamsRequest stored, ReplyTo where) throws Exception {
    if (stored instanceof StoredTeamsRequest.Message m) {
      return privateChats.chatOf(m.orgId(), m.aadObjectId(), m.userId(), where);
    }
    if (stored instanceof StoredTeamsRequest.Press p) {
      return privateChats.chatOf(p.orgId(), p.aadObjectId(), p.userId(), where);
    }
    StoredTeamsRequest.Submit s = (StoredTeamsRequest.Submit) stored;
    return privateChats.chatOf(s.orgId(), s.aadObjectId(), s.userId(), where);
  }

  private static Optional<String> cardOf(StoredTeamsRequest stored) {
    if (stored instanceof StoredTeamsRequest.Press p) {
      return p.cardActivityId();
    }
    if (stored instanceof StoredTeamsRequest.Submit s) {
      return s.cardActivityId();
    }
    return Optional.empty();
  }

  private void deliver(ReplyTo where, Response answer, Optional<String> card) throws Exception {
    if (answer instanceof Response.Reply reply) {
      if (reply.replacesOriginal() && card.isPresent()) {
        replies.updateCard(where, card.get(), reply.message());
      } else {
        replies.reply(where, reply.message());
      }
    } else if (answer instanceof Response.OpenForm open) {
      replies.sendForm(where, open.form());
    } else {
      replies.reply(where, OutboundMessage.builder(describe((Response.FormErrors) answer)).build());
    }
  }

  /** Form errors as one line per input, in a stable order. */
  static String describe(Response.FormErrors errors) {
    return "Please check the form: "
        + new TreeMap<>(errors.errors())
            .entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
  }

  private void installed(StoredTeamsRequest.Installed installed) throws Exception {
    ReplyTo where = installed.where();
    if (installed.teamId().isPresent()) {
      boolean known = teams.find(installed.orgId(), installed.teamId().get()).isPresent();
      teams.save(
          new InstalledTeam(
              installed.orgId(),
              installed.teamId().get(),
              where.serviceUrl(),
              where.conversationId(),
              where.tenantId(),
              installed.teamName(),
              clock.instant()));
      log.info("Teams: installed in a team of org {}", installed.orgId().value());
      if (!known) {
        replies.reply(where, WELCOME_TEAM);
      }
      return;
    }
    if (installed.aadObjectId().isBlank() || installed.userId().isBlank()) {
      log.info("Teams: a personal install without the person's ids was ignored");
      return;
    }
    Optional<Person> person =
        link(installed.orgId(), installed.aadObjectId(), installed.userId(), where);
    if (person.isEmpty()) {
      replies.reply(
          where,
          OutboundMessage.builder(
                  "Trellis does not know you yet. Ask your Trellis admin to add you; I will write"
                      + " to you here once you are added.")
              .build());
      return;
    }
    boolean fresh = remember(installed.orgId(), installed.aadObjectId(), installed.userId(), where);
    if (fresh) {
      replies.reply(where, WELCOME_PERSONAL);
    }
  }

  /**
   * The person with this AAD object id; else the person with the member's email, who is linked to
   * the AAD object id from now on.
   */
  private Optional<Person> link(OrgId orgId, String aadObjectId, String userId, ReplyTo where)
      throws Exception {
    Optional<Person> byAad = people.findByTeamsAadObjectId(orgId, aadObjectId);
    if (byAad.isPresent()) {
      return byAad;
    }
    Optional<Email> email = emails.emailOf(where, userId).flatMap(Email::parse);
    Optional<Person> byEmail = email.flatMap(e -> people.findByEmail(orgId, e));
    if (byEmail.isEmpty()) {
      return Optional.empty();
    }
    Person found = byEmail.get();
    if (found.teamsAadObjectId().isPresent()
        && !found.teamsAadObjectId().get().equals(aadObjectId)) {
      log.warn("Teams: a person's email matches, but they are linked to another AAD object id");
      return Optional.empty();
    }
    Person linked = found.withTeamsAadObjectId(Optional.of(aadObjectId));
    people.saveAll(orgId, List.of(linked));
    log.info("Teams: linked a person of org {} by email", orgId.value());
    return Optional.of(linked);
  }

  /** Stores the person's 1:1 conversation; answers whether it is new (or moved). */
  private boolean remember(OrgId orgId, String aadObjectId, String userId, ReplyTo where) {
    if (aadObjectId.isBlank()
        || userId.isBlank()
        || where.tenantId().isBlank()
        || where.botId().isBlank()) {
      return false;
    }
    Optional<TeamsConversation> before = conversations.find(orgId, aadObjectId);
    boolean same =
        before.isPresent()
            && before.get().conversationId().equals(where.conversationId())
            && before.get().serviceUrl().equals(where.serviceUrl());
    if (!same) {
      conversations.save(
          new TeamsConversation(
              orgId,
              aadObjectId,
              where.serviceUrl(),
              where.conversationId(),
              where.tenantId(),
              where.botId(),
              userId,
              clock.instant()));
    }
    return !same;
  }
}

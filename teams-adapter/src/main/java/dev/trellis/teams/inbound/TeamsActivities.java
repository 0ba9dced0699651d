package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.teams.render.CardSubmission;
import dev.trellis.teams.send.TeamsMessageRefs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's messaging endpoint ({@code POST /api/messages}) without the web framework: {@link
 * #receive} parses the activity, checks its token, resolves its org and person, stores it in the
 * inbox and answers at once; the work happens after (see {@link TeamsInboundHandler}). An {@code
 * adaptiveCard/action} invoke is the exception: Teams shows the answer only from the HTTP response
 * (the card that replaces the pressed one), so the engine runs before answering, as for a Slack
 * modal submission.
 */
public final class TeamsActivities {

  private static final Logger log = LoggerFactory.getLogger(TeamsActivities.class);

  static final String INVOKE_CARD_ACTION = "adaptiveCard/action";
  static final String CARD_RESPONSE = "application/vnd.microsoft.card.adaptive";
  static final String MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";

  static final String ANSWERED_AFTER = "Got it: Trellis answers you in a moment.";

  static final String UNKNOWN_TENANT =
      "Trellis is not set up for your Microsoft 365 organisation yet. Ask your Trellis admin to"
          + " connect it.";

  private interface Handler {
    TeamsAnswer handle(Activity activity, String key);
  }

  private final TeamsAuthentication authentication;
  private final Orgs orgs;
  private final People people;
  private final HandlingInbound inbound;
  private final Function<Interaction, Response> engine;
  private final TeamsCards cards;
  private final Clock clock;
  private final Map<String, Handler> handlers = new HashMap<>();

  public TeamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      TeamsCards cards,
      Clock clock) {
    this(authentication, orgs, people, inbound, engine::handle, cards, clock);
  }

  TeamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      Function<Interaction, Response> engine,
      TeamsCards cards,
      Clock clock) {
    this.authentication = authentication;
    this.orgs = orgs;
    this.people = people;
    this.inbound = inbound;
    this.engine = engine;
    this.cards = cards;
    this.clock = clock;
    handlers.put("message", this::message);
    handlers.put("invoke", this::invoke);
    handlers.put("installationUpdate", this::installationUpdate);
    handlers.put("conversationUpdate", this::conversationUpdate);
  }

  /**
   * Handles one POST: 400 when the body is not an activity, 401 when its token does not validate,
   * else 200 (with an invoke response body for an invoke). Throws when the inbox cannot store the
   * activity: answer 500 then, and the Bot Framework sends it again.
   */
  public TeamsAnswer receive(String authorizationHeader, String rawBody) {
    Activity activity;
    try {
      activity = TeamsActivityJson.parse(rawBody);
    } catch (IllegalArgumentException e) {
      log.info("Refused a Teams request whose body is not an activity");
      return TeamsAnswer.badRequest();
    }
    if (!authentication.isAuthentic(authorizationHeader, activity)) {
      return TeamsAnswer.unauthorized();
    }
    Handler handler = handlers.get(activity.getType());
    if (handler == null) {
      return TeamsAnswer.ok(); // typing, messageReaction, …: nothing to do
    }
    return handler.handle(activity, key(activity, rawBody));
  }

  private TeamsAnswer message(Activity activity, String key) {
    Optional<ReplyTo> where = replyTo(activity);
    if (where.isEmpty()) {
      return TeamsAnswer.ok();
    }
    JsonNode value = TeamsActivityJson.tree(activity.getValue());
    if (value != null && !value.isNull()) {
      return cardSubmitted(activity, key, where.get(), value);
    }
    String text = Mentions.withoutBot(activity);
    if (text.isEmpty()) {
      return TeamsAnswer.ok(); // an image, a sticker: not a reply
    }
    Resolved who = resolve(activity);
    if (who.person().isEmpty()) {
      store(key, new StoredTeamsRequest.Notice(where.get(), who.unknown()));
      return TeamsAnswer.ok();
    }
    Person person = who.person().get();
    store(
        key,
        new StoredTeamsRequest.Message(
            person.orgId(),
            person.id(),
            aadObjectId(activity).orElse(""),
            activity.getFrom().getId() == null ? "" : activity.getFrom().getId(),
            where.get(),
            text));
    return TeamsAnswer.ok();
  }

  /** An {@code Action.Submit} of a card: a message whose value is the action's data. */
  private TeamsAnswer cardSubmitted(Activity activity, String key, ReplyTo where, JsonNode data) {
    Optional<CardSubmission> values = submission(data, "");
    if (values.isEmpty()) {
      log.info("A Teams card action without Trellis data was ignored");
      return TeamsAnswer.ok();
    }
    Resolved who = resolve(activity);
    if (who.person().isEmpty()) {
      store(key, new StoredTeamsRequest.Notice(where, who.unknown()));
      return TeamsAnswer.ok();
    }
    storePressed(activity, key, where, who.person().get(), values.get());
    return TeamsAnswer.ok();
  }

  /** A pressed button or submitted form of a card, stored to be handled after the answer. */
  private void storePressed(
      Activity activity, String key, ReplyTo where, Person person, CardSubmission values) {
    Optional<String> card = Optional.ofNullable(activity.getReplyToId()).filter(s -> !s.isBlank());
    String aad = aadObjectId(activity).orElse("");
    String user = activity.getFrom() == null ? "" : nullToEmpty(activity.getFrom().getId());
    if (values instanceof CardSubmission.ButtonPressed press) {
      store(
          key,
          new StoredTeamsRequest.Press(
              person.orgId(),
              person.id(),
              aad,
              user,
              where,
              press.action().value(),
              press.value(),
              card));
    } else {
      CardSubmission.FormSubmitted submit = (CardSubmission.FormSubmitted) values;
      store(
          key,
          new StoredTeamsRequest.Submit(
              person.orgId(),
              person.id(),
              aad,
              user,
              where,
              submit.submitAction().value(),
              submit.reference(),
              submit.values(),
              card));
    }
  }

  /**
   * {@code Action.Execute}: in the person's 1:1 chat the engine answers now, in the invoke response
   * (the card that replaces the pressed one). Elsewhere that card would be shown to everyone in the
   * conversation, so the press is stored and handled after, like an {@code Action.Submit}, and a
   * personal answer goes to the person's 1:1 chat.
   */
  private TeamsAnswer invoke(Activity activity, String key) {
    if (!INVOKE_CARD_ACTION.equals(activity.getName())) {
      return new TeamsAnswer(501, Optional.empty());
    }
    JsonNode value = TeamsActivityJson.tree(activity.getValue());
    JsonNode action = value == null ? null : value.path("action");
    Optional<CardSubmission> values =
        action == null
            ? Optional.empty()
            : submission(action.get("data"), action.path("verb").asText(""));
    if (values.isEmpty()) {
      return messageResponse("That button is no longer in use.");
    }
    Resolved who = resolve(activity);
    if (who.person().isEmpty()) {
      return messageResponse(who.unknown());
    }
    Person person = who.person().get();
    Optional<ReplyTo> where = replyTo(activity);
    if (where.isEmpty()) {
      return messageResponse("That button is no longer in use.");
    }
    if (!where.get().personal()) {
      storePressed(activity, key, where.get(), person, values.get());
      return messageResponse(ANSWERED_AFTER);
    }
    Optional<MessageRef> card =
        Optional.ofNullable(activity.getReplyToId())
            .filter(s -> !s.isBlank())
            .flatMap(id -> conversationId(activity).map(c -> TeamsMessageRefs.of(c, id)));
    Interaction interaction;
    if (values.get() instanceof CardSubmission.ButtonPressed press) {
      interaction =
          new ButtonPress(
              person.orgId(),
              person.id(),
              Platform.TEAMS,
              clock.instant(),
              press.action(),
              press.value(),
              card,
              activity.getId() == null ? "" : activity.getId());
    } else {
      CardSubmission.FormSubmitted submit = (CardSubmission.FormSubmitted) values.get();
      interaction =
          new FormSubmission(
              person.orgId(),
              person.id(),
              Platform.TEAMS,
              clock.instant(),
              submit.submitAction(),
              submit.reference(),
              submit.values());
    }
    return invokeResponse(engine.apply(interaction));
  }

  /**
   * What a pressed card sent, when it is Trellis's; an {@code Action.Execute} without Trellis data
   * is read as a press of its verb.
   */
  private static Optional<CardSubmission> submission(JsonNode data, String verb) {
    Optional<CardSubmission> read = CardSubmission.read(data);
    if (read.isPresent() || verb.isBlank()) {
      return read;
    }
    try {
      return Optional.of(
          new CardSubmission.ButtonPressed(new ActionId(verb.strip()), "", Map.of()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private TeamsAnswer invokeResponse(Response answer) {
    if (answer instanceof Response.Reply reply) {
      if (reply.replacesOriginal()) {
        return cardResponse(cards.card(reply.message()));
      }
      return messageResponse(reply.message().fallback());
    }
    if (answer instanceof Response.OpenForm open) {
      return cardResponse(cards.formCard(open.form()));
    }
    Response.FormErrors errors = (Response.FormErrors) answer;
    return messageResponse(TeamsInboundHandler.describe(errors));
  }

  private TeamsAnswer installationUpdate(Activity activity, String key) {
    String action = activity.getAction() == null ? "" : activity.getAction();
    Optional<ReplyTo> where = replyTo(activity);
    Optional<String> team = team(activity, "id");
    Optional<Org> org = tenantId(activity).flatMap(orgs::findByTeamsTenantId);
    if (where.isEmpty()) {
      return TeamsAnswer.ok();
    }
    if (action.startsWith("add")) {
      if (org.isEmpty()) {
        store(key, new StoredTeamsRequest.Notice(where.get(), UNKNOWN_TENANT));
        return TeamsAnswer.ok();
      }
      if (team.isEmpty() && !where.get().personal()) {
        return TeamsAnswer.ok(); // a group chat: nothing to remember
      }
      store(key, installed(org.get(), activity, where.get(), team));
    } else if (action.startsWith("remove") && org.isPresent()) {
      botRemoved(activity, key, org.get(), where.get(), team);
    }
    return TeamsAnswer.ok();
  }

  /** The bot was taken out of a team, or uninstalled by the person: stop sending there. */
  private void botRemoved(
      Activity activity, String key, Org org, ReplyTo where, Optional<String> team) {
    if (team.isPresent()) {
      store(key, new StoredTeamsRequest.Removed(org.id(), team, List.of()));
    } else if (where.personal() && aadObjectId(activity).isPresent()) {
      store(
          key,
          new StoredTeamsRequest.Removed(
              org.id(), Optional.empty(), List.of(aadObjectId(activity).get())));
    }
  }

  private TeamsAnswer conversationUpdate(Activity activity, String key) {
    Optional<ReplyTo> where = replyTo(activity);
    if (where.isEmpty()) {
      return TeamsAnswer.ok();
    }
    String botId = where.get().botId();
    Optional<String> team = team(activity, "id");
    Optional<Org> org = tenantId(activity).flatMap(orgs::findByTeamsTenantId);
    List<ChannelAccount> added = orEmpty(activity.getMembersAdded());
    List<ChannelAccount> removed = orEmpty(activity.getMembersRemoved());
    boolean botAdded = added.stream().anyMatch(m -> botId.equals(m.getId()));
    boolean botRemoved = removed.stream().anyMatch(m -> botId.equals(m.getId()));
    if (botAdded) {
      if (org.isEmpty()) {
        store(key, new StoredTeamsRequest.Notice(where.get(), UNKNOWN_TENANT));
      } else if (team.isPresent() || where.get().personal()) {
        store(key, installed(org.get(), activity, where.get(), team));
      }
      return TeamsAnswer.ok();
    }
    if (org.isEmpty()) {
      return TeamsAnswer.ok();
    }
    if (botRemoved) {
      botRemoved(activity, key, org.get(), where.get(), team);
      return TeamsAnswer.ok();
    }
    List<String> gone = new ArrayList<>();
    for (ChannelAccount member : removed) {
      if (member.getAadObjectId() != null && !member.getAadObjectId().isBlank()) {
        gone.add(member.getAadObjectId());
      }
    }
    if (!gone.isEmpty()) {
      store(key, new StoredTeamsRequest.Removed(org.get().id(), Optional.empty(), gone));
    } else if (!removed.isEmpty()) {
      log.info("Members left a Teams team; without their AAD object ids nothing is forgotten");
    }
    // Members added to a team: the roster sync opens their 1:1 chats later.
    return TeamsAnswer.ok();
  }

  private StoredTeamsRequest.Installed installed(
      Org org, Activity activity, ReplyTo where, Optional<String> team) {
    String userId = activity.getFrom() == null ? "" : nullToEmpty(activity.getFrom().getId());
    String aad = aadObjectId(activity).orElse("");
    if (aad.isEmpty() && where.personal()) {
      // conversationUpdate in a 1:1 chat: the person is the member added beside the bot.
      for (ChannelAccount member : orEmpty(activity.getMembersAdded())) {
        if (!where.botId().equals(member.getId()) && member.getAadObjectId() != null) {
          aad = member.getAadObjectId();
          userId = nullToEmpty(member.getId());
        }
      }
    }
    return new StoredTeamsRequest.Installed(
        org.id(), where, aad, userId, team, team(activity, "name").orElse(""));
  }

  private void store(String key, StoredTeamsRequest request) {
    boolean fresh =
        inbound.receive(
            InboundRequest.fresh(
                key,
                Platform.TEAMS,
                request.kind(),
                StoredTeamsRequest.toJson(request),
                clock.instant()));
    if (!fresh) {
      log.info("Teams sent {} again; it was handled already", key);
    }
  }

  /** The person behind an activity, or what to tell someone Trellis does not know. */
  private record Resolved(Optional<Person> person, String unknown) {}

  private Resolved resolve(Activity activity) {
    Optional<Org> org = tenantId(activity).flatMap(orgs::findByTeamsTenantId);
    if (org.isEmpty()) {
      return new Resolved(Optional.empty(), UNKNOWN_TENANT);
    }
    Optional<Person> person =
        aadObjectId(activity).flatMap(aad -> people.findByTeamsAadObjectId(org.get().id(), aad));
    if (person.isEmpty()) {
      return new Resolved(
          Optional.empty(),
          "Trellis does not know you yet. Ask your Trellis admin to add you to the people of "
              + org.get().name()
              + ".");
    }
    return new Resolved(person, "");
  }

  // --- reading the activity

  static Optional<String> tenantId(Activity activity) {
    if (activity.getConversation() != null) {
      String tenant = activity.getConversation().getTenantId();
      if (tenant != null && !tenant.isBlank()) {
        return Optional.of(tenant);
      }
    }
    return channelData(activity, "tenant", "id");
  }

  private static Optional<String> team(Activity activity, String field) {
    return channelData(activity, "team", field);
  }

  private static Optional<String> channelData(Activity activity, String object, String field) {
    JsonNode data = TeamsActivityJson.tree(activity.getChannelData());
    if (data == null) {
      return Optional.empty();
    }
    JsonNode value = data.path(object).path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static Optional<String> aadObjectId(Activity activity) {
    return Optional.ofNullable(activity.getFrom())
        .map(ChannelAccount::getAadObjectId)
        .filter(s -> !s.isBlank());
  }

  private static Optional<String> conversationId(Activity activity) {
    return Optional.ofNullable(activity.getConversation())
        .map(c -> c.getId())
        .filter(s -> !s.isBlank());
  }

  static Optional<ReplyTo> replyTo(Activity activity) {
    Optional<String> conversation = conversationId(activity);
    if (conversation.isEmpty()
        || activity.getServiceUrl() == null
        || activity.getServiceUrl().isBlank()) {
      return Optional.empty();
    }
    String type = activity.getConversation().getConversationType();
    return Optional.of(
        new ReplyTo(
            activity.getServiceUrl(),
            conversation.get(),
            tenantId(activity).orElse(""),
            activity.getRecipient() == null ? "" : nullToEmpty(activity.getRecipient().getId()),
            nullToEmpty(activity.getId()),
            "personal".equals(type)));
  }

  /**
   * The inbox key: the activity id (what a retry repeats) with the conversation, since Teams
   * activity ids are unique only within a conversation; a digest of the body for an activity
   * without an id.
   */
  static String key(Activity activity, String rawBody) {
    if (activity.getId() == null || activity.getId().isBlank()) {
      return "teams:body:" + sha256(rawBody);
    }
    String conversation = conversationId(activity).orElse("");
    String key = "teams:" + activity.getId() + ":" + sha256(conversation).substring(0, 16);
    return key.length() <= InboundRequest.MAX_KEY_LENGTH
        ? key
        : "teams:" + sha256(activity.getId() + "\n" + conversation);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TeamsAnswer cardResponse(String cardJson) {
    ObjectNode response = Serialization.createObjectNode();
    response.put("statusCode", 200);
    response.put("type", CARD_RESPONSE);
    response.set("value", TeamsActivityJson.tree(cardJson));
    return TeamsAnswer.ok(response.toString());
  }

  private static TeamsAnswer messageResponse(String text) {
    ObjectNode response = Serialization.createObjectNode();
    response.put("statusCode", 200);
    response.put("type", MESSAGE_RESPONSE);
    response.put("value", text);
    return TeamsAnswer.ok(response.toString());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

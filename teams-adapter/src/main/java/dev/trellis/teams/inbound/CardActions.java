package dev.trellis.teams.inbound;

import static dev.trellis.teams.inbound.ActivityFields.aadObjectId;
import static dev.trellis.teams.inbound.ActivityFields.conversationId;
import static dev.trellis.teams.inbound.ActivityFields.nullToEmpty;
import static dev.trellis.teams.inbound.ActivityFields.replyTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.teams.render.CardSubmission;
import dev.trellis.teams.send.TeamsMessageRefs;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pressed cards: an {@code Action.Submit} (a message whose value is the action's data) is stored
 * and handled after the answer; an {@code Action.Execute} ({@code adaptiveCard/action} invoke) in
 * the person's 1:1 chat is answered at once, in the invoke response.
 */
final class CardActions {

  private static final Logger log = LoggerFactory.getLogger(CardActions.class);

  static final String INVOKE_CARD_ACTION = "adaptiveCard/action";
  static final String CARD_RESPONSE = "application/vnd.microsoft.card.adaptive";
  static final String MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";

  static final String ANSWERED_AFTER = "Got it: Trellis answers you in a moment.";

  private final ActivityInbox inbox;
  private final Function<Interaction, Response> engine;
  private final TeamsCards cards;
  private final Clock clock;

  CardActions(
      ActivityInbox inbox, Function<Interaction, Response> engine, TeamsCards cards, Clock clock) {
    this.inbox = inbox;
    this.engine = engine;
    this.cards = cards;
    this.clock = clock;
  }

  /** An {@code Action.Submit} of a card: a message whose value is the action's data. */
  TeamsAnswer submitted(Activity activity, String key, ReplyTo where, JsonNode data) {
    Optional<CardSubmission> values = submission(data, "");
    if (values.isEmpty()) {
      log.info("A Teams card action without Trellis data was ignored");
      return TeamsAnswer.ok();
    }
    ActivityInbox.Resolved who = inbox.resolve(activity);
    if (who.person().isEmpty()) {
      inbox.store(key, new StoredTeamsRequest.Notice(where, who.unknown()));
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
      inbox.store(
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
      inbox.store(
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
  TeamsAnswer invoke(Activity activity, String key) {
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
    ActivityInbox.Resolved who = inbox.resolve(activity);
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
    return invokeResponse(engine.apply(interaction(activity, person, values.get())));
  }

  private Interaction interaction(Activity activity, Person person, CardSubmission values) {
    Optional<MessageRef> card =
        Optional.ofNullable(activity.getReplyToId())
            .filter(s -> !s.isBlank())
            .flatMap(id -> conversationId(activity).map(c -> TeamsMessageRefs.of(c, id)));
    if (values instanceof CardSubmission.ButtonPressed press) {
      return new ButtonPress(
          person.orgId(),
          person.id(),
          Platform.TEAMS,
          clock.instant(),
          press.action(),
          press.value(),
          card,
          activity.getId() == null ? "" : activity.getId());
    }
    CardSubmission.FormSubmitted submit = (CardSubmission.FormSubmitted) values;
    return new FormSubmission(
        person.orgId(),
        person.id(),
        Platform.TEAMS,
        clock.instant(),
        submit.submitAction(),
        submit.reference(),
        submit.values());
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
}

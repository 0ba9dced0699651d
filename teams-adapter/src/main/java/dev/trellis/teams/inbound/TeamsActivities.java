package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.org.Orgs;
import java.time.Clock;
import java.util.HashMap;
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
 * modal submission ({@link CardActions}). Installs and removals are read by {@link
 * MembershipActivities}.
 */
public final class TeamsActivities {

  private static final Logger log = LoggerFactory.getLogger(TeamsActivities.class);

  static final String ANSWERED_AFTER = CardActions.ANSWERED_AFTER;
  static final String UNKNOWN_TENANT = ActivityInbox.UNKNOWN_TENANT;

  private interface Handler {
    TeamsAnswer handle(Activity activity, String key);
  }

  private final TeamsAuthentication authentication;
  private final ActivityInbox inbox;
  private final CardActions cardActions;
  private final FileConsentAnswers fileConsents;
  private final Map<String, Handler> handlers = new HashMap<>();

  static final String FILE_CONSENT = "fileConsent/invoke";

  public TeamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      TeamsCards cards,
      Clock clock) {
    this(
        authentication,
        orgs,
        people,
        inbound,
        engine::handle,
        cards,
        FileConsentAnswers.NONE,
        clock);
  }

  /** {@code fileConsents}: takes the answers to file consent cards (a my-data export). */
  public TeamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      TeamsCards cards,
      FileConsentAnswers fileConsents,
      Clock clock) {
    this(authentication, orgs, people, inbound, engine::handle, cards, fileConsents, clock);
  }

  TeamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      Function<Interaction, Response> engine,
      TeamsCards cards,
      Clock clock) {
    this(authentication, orgs, people, inbound, engine, cards, FileConsentAnswers.NONE, clock);
  }

  TeamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      Function<Interaction, Response> engine,
      TeamsCards cards,
      FileConsentAnswers fileConsents,
      Clock clock) {
    this.authentication = authentication;
    this.fileConsents = fileConsents;
    this.inbox = new ActivityInbox(orgs, people, inbound, clock);
    this.cardActions = new CardActions(inbox, engine, cards, clock);
    MembershipActivities membership = new MembershipActivities(inbox);
    handlers.put("message", this::message);
    handlers.put(
        "invoke",
        (activity, key) ->
            FILE_CONSENT.equals(activity.getName())
                ? fileConsent(activity)
                : cardActions.invoke(activity, key));
    handlers.put("installationUpdate", membership::installationUpdate);
    handlers.put("conversationUpdate", membership::conversationUpdate);
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
    return handler.handle(activity, ActivityFields.key(activity, rawBody));
  }

  /**
   * The person accepted or declined a file consent card: the file is uploaded (or dropped) before
   * the invoke is answered with 200.
   */
  private TeamsAnswer fileConsent(Activity activity) {
    ActivityInbox.Resolved who = inbox.resolve(activity);
    JsonNode value = TeamsActivityJson.tree(activity.getValue());
    Optional<String> aad = ActivityFields.aadObjectId(activity);
    if (who.person().isPresent() && value != null && aad.isPresent()) {
      fileConsents.answer(who.person().get(), aad.get(), value);
    }
    return TeamsAnswer.ok();
  }

  private TeamsAnswer message(Activity activity, String key) {
    Optional<ReplyTo> where = ActivityFields.replyTo(activity);
    if (where.isEmpty()) {
      return TeamsAnswer.ok();
    }
    JsonNode value = TeamsActivityJson.tree(activity.getValue());
    if (value != null && !value.isNull()) {
      return cardActions.submitted(activity, key, where.get(), value);
    }
    String text = Mentions.withoutBot(activity);
    if (text.isEmpty()) {
      return TeamsAnswer.ok(); // an image, a sticker: not a reply
    }
    ActivityInbox.Resolved who = inbox.resolve(activity);
    if (who.person().isEmpty()) {
      inbox.store(key, new StoredTeamsRequest.Notice(where.get(), who.unknown()));
      return TeamsAnswer.ok();
    }
    Person person = who.person().get();
    inbox.store(
        key,
        new StoredTeamsRequest.Message(
            person.orgId(),
            person.id(),
            ActivityFields.aadObjectId(activity).orElse(""),
            activity.getFrom().getId() == null ? "" : activity.getFrom().getId(),
            where.get(),
            text));
    return TeamsAnswer.ok();
  }
}

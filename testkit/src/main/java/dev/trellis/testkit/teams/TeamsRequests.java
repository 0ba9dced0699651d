package dev.trellis.testkit.teams;

import com.auth0.jwt.JWTCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Activities as the Bot Framework sends them to {@code /api/messages}: the shared Teams samples
 * with this test's ids put in, each with a Bot Framework JWT signed by a key generated here (whose
 * public half the stand-in OpenID metadata publishes).
 */
public final class TeamsRequests {

  public static final ObjectMapper JSON = new ObjectMapper();
  public static final String KEY_ID = "trellis-e2e-key";

  public static final KeyPair KEYS = BotFrameworkKeys.newKeyPair();
  public static final KeyPair OTHER_KEYS = BotFrameworkKeys.newKeyPair();

  private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String appId;

  public TeamsRequests(int port, String appId) {
    this.base = "http://localhost:" + port;
    this.appId = appId;
  }

  /** The bot's id in activities: {@code 28:<app id>}. */
  public String botId() {
    return "28:" + appId;
  }

  // --- activities

  public static ObjectNode sample(String file) {
    try {
      return (ObjectNode) JSON.readTree(Fixtures.text(Fixtures.teams(file)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String freshId() {
    return Long.toString(IDS.incrementAndGet());
  }

  /** A person's side of an activity: their channel account with the AAD object id. */
  public record Member(String userId, String aadObjectId, String name) {}

  /** The sample's ids replaced with this bot, tenant, conversation and person. */
  public ObjectNode activity(
      String file, String serviceUrl, String tenantId, String conversationId, Member from) {
    ObjectNode activity = sample(file);
    activity.put("id", freshId());
    activity.put("serviceUrl", serviceUrl);
    activity.put("channelId", "msteams");
    activity.put("timestamp", Instant.now().toString());
    ObjectNode sender = activity.putObject("from");
    sender.put("id", from.userId()).put("aadObjectId", from.aadObjectId()).put("name", from.name());
    ObjectNode recipient = activity.putObject("recipient");
    recipient.put("id", botId()).put("name", "Trellis");
    ObjectNode conversation = (ObjectNode) activity.get("conversation");
    conversation.put("id", conversationId);
    conversation.put("tenantId", tenantId);
    ObjectNode channelData =
        activity.has("channelData")
            ? (ObjectNode) activity.get("channelData")
            : activity.putObject("channelData");
    channelData.putObject("tenant").put("id", tenantId);
    return activity;
  }

  /** A person installs the bot in their personal scope: the 1:1 chat's membersAdded. */
  public ObjectNode personalInstall(
      String serviceUrl, String tenantId, String conversationId, Member person) {
    ObjectNode activity =
        activity(
            "conversation-update.members-added.personal.json",
            serviceUrl,
            tenantId,
            conversationId,
            person);
    ArrayNode added = activity.putArray("membersAdded");
    added.addObject().put("id", botId());
    added.addObject().put("id", person.userId()).put("aadObjectId", person.aadObjectId());
    return activity;
  }

  /** A message typed in the person's 1:1 chat with the bot. */
  public ObjectNode personalMessage(
      String serviceUrl, String tenantId, String conversationId, Member from, String text) {
    ObjectNode activity =
        activity("message.personal.json", serviceUrl, tenantId, conversationId, from);
    activity.put("text", text);
    activity.remove("attachments");
    return activity;
  }

  /** A message in a team channel that mentions the bot first: {@code <at>Trellis</at> text}. */
  public ObjectNode channelMention(
      String serviceUrl, String tenantId, String conversationId, Member from, String text) {
    ObjectNode activity =
        activity("message.channel.mention.json", serviceUrl, tenantId, conversationId, from);
    activity.put("text", "<at>Trellis</at> " + text);
    activity.remove("attachments");
    activity.remove("replyToId");
    ArrayNode entities = activity.putArray("entities");
    ObjectNode mention = entities.addObject();
    mention.put("type", "mention");
    mention.put("text", "<at>Trellis</at>");
    mention.putObject("mentioned").put("id", botId()).put("name", "Trellis");
    ((ObjectNode) activity.get("conversation")).put("conversationType", "channel");
    ObjectNode channelData = (ObjectNode) activity.get("channelData");
    channelData.putObject("team").put("id", "19:team-" + conversationId.hashCode() + "@thread");
    channelData.putObject("channel").put("id", conversationId.split(";")[0]);
    return activity;
  }

  /** A message in a group chat (no team, no channel) that mentions the bot first. */
  public ObjectNode groupChatMention(
      String serviceUrl, String tenantId, String conversationId, Member from, String text) {
    ObjectNode activity = channelMention(serviceUrl, tenantId, conversationId, from, text);
    ((ObjectNode) activity.get("conversation")).put("conversationType", "groupChat");
    ObjectNode channelData = (ObjectNode) activity.get("channelData");
    channelData.remove("team");
    channelData.remove("channel");
    return activity;
  }

  /**
   * A pressed {@code Action.Submit} of a card in a team channel: the sample as found (it is a
   * channel's), carrying this data.
   */
  public ObjectNode channelCardAction(
      String serviceUrl,
      String tenantId,
      String conversationId,
      Member from,
      JsonNode data,
      String cardActivityId) {
    ObjectNode activity =
        pressedCard(serviceUrl, tenantId, conversationId, from, data, cardActivityId);
    ((ObjectNode) activity.get("conversation")).put("conversationType", "channel");
    ((ObjectNode) activity.get("channelData").get("channel"))
        .put("id", conversationId.split(";")[0]);
    return activity;
  }

  /**
   * A pressed {@code Action.Execute} of a card in a team channel: the invoke sample carrying this
   * data, in the envelope of the channel card action sample.
   */
  public ObjectNode channelExecute(
      String serviceUrl,
      String tenantId,
      String conversationId,
      Member from,
      JsonNode data,
      String cardActivityId) {
    ObjectNode activity =
        channelCardAction(serviceUrl, tenantId, conversationId, from, data, cardActivityId);
    ObjectNode invoke = sample("invoke.adaptive-card-action.execute.partial.json");
    activity.put("type", invoke.path("type").asText());
    activity.put("name", invoke.path("name").asText());
    ((ObjectNode) invoke.get("value").get("action")).set("data", data);
    activity.set("value", invoke.get("value"));
    return activity;
  }

  /** The card action sample, pressed on the card {@code cardActivityId} with this data. */
  private ObjectNode pressedCard(
      String serviceUrl,
      String tenantId,
      String conversationId,
      Member from,
      JsonNode data,
      String cardActivityId) {
    ObjectNode activity =
        activity(
            "message.card-action.value.messageback.json",
            serviceUrl,
            tenantId,
            conversationId,
            from);
    activity.remove("text");
    activity.set("value", data);
    activity.put("replyToId", cardActivityId);
    return activity;
  }

  /** A pressed {@code Action.Submit}: a message whose value is the action's data. */
  public ObjectNode cardAction(
      String serviceUrl,
      String tenantId,
      String conversationId,
      Member from,
      JsonNode data,
      String cardActivityId) {
    ObjectNode activity =
        pressedCard(serviceUrl, tenantId, conversationId, from, data, cardActivityId);
    ObjectNode conversation = (ObjectNode) activity.get("conversation");
    conversation.put("conversationType", "personal");
    ObjectNode channelData = (ObjectNode) activity.get("channelData");
    channelData.remove("team");
    channelData.remove("channel");
    return activity;
  }

  // --- tokens

  /** A token the Bot Framework would send with this activity, valid for an hour. */
  public JWTCreator.Builder token(JsonNode activity) {
    return BotFrameworkKeys.token(KEY_ID, appId, activity.path("serviceUrl").asText());
  }

  public static String signed(JWTCreator.Builder token, KeyPair with) {
    return BotFrameworkKeys.signed(token, with);
  }

  /** The JSON Web Key Set that publishes {@link #KEYS}, endorsed for Teams. */
  public static String keySet() {
    return BotFrameworkKeys.keySet(KEY_ID, KEYS);
  }

  // --- posting

  /** Posts the activity with a valid token. */
  public HttpResponse<String> post(JsonNode activity) throws Exception {
    return post(activity, signed(token(activity), KEYS));
  }

  /** Posts the activity with this Authorization header (none when null). */
  public HttpResponse<String> post(JsonNode activity, String authorization) throws Exception {
    return post(activity, authorization, Map.of());
  }

  /** Posts the activity with this Authorization header (none when null) and these headers. */
  public HttpResponse<String> post(
      JsonNode activity, String authorization, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity)));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

package dev.trellis.testkit.slack;

import dev.trellis.testkit.Fixtures;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests as Slack sends them, built from the shared payload samples with this test's team, user
 * and ids put in, and signed with the signing secret the way Slack signs them.
 */
public final class SlackRequests {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String signingSecret;

  public SlackRequests(int port, String signingSecret) {
    this.base = "http://localhost:" + port;
    this.signingSecret = signingSecret;
  }

  /** The slash command sample with another command, text, user and response URL. */
  public static String slashCommand(
      String teamId, String userId, String command, String text, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : Fixtures.text(Fixtures.slack("slash-command.form.txt")).strip().split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    form.put("team_id", teamId);
    form.put("user_id", userId);
    form.put("command", command);
    form.put("text", text);
    form.put("response_url", responseUrl);
    form.put("trigger_id", "trigger-" + System.nanoTime());
    form.remove("enterprise_id");
    form.remove("enterprise_name");
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The block actions sample (a button in the app's DM), pressing another button. */
  public static String blockAction(
      String teamId,
      String userId,
      String actionId,
      String value,
      String responseUrl,
      String channel,
      String messageTs) {
    ObjectNode payload = sample("block-actions.button.dm.json");
    ((ObjectNode) payload.get("team")).put("id", teamId);
    ((ObjectNode) payload.get("user")).put("id", userId).put("team_id", teamId);
    ((ObjectNode) payload.get("channel")).put("id", channel);
    ((ObjectNode) payload.get("container")).put("channel_id", channel).put("message_ts", messageTs);
    ObjectNode action = (ObjectNode) payload.get("actions").get(0);
    action.put("action_id", actionId).put("value", value);
    payload.put("response_url", responseUrl);
    payload.put("trigger_id", "trigger-" + System.nanoTime());
    payload.remove("function_data");
    payload.remove("interactivity");
    payload.remove("bot_access_token");
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  /** The view submission sample, for a Trellis form with these values. */
  public static String viewSubmission(
      String teamId, String userId, String callbackId, String reference, Map<String, String> text) {
    ObjectNode payload = sample("view-submission.modal.static-select-datepicker-plain-text.json");
    ((ObjectNode) payload.get("team")).put("id", teamId);
    ((ObjectNode) payload.get("user")).put("id", userId).put("team_id", teamId);
    ObjectNode view = (ObjectNode) payload.get("view");
    view.put("callback_id", callbackId).put("private_metadata", reference);
    ObjectNode values = JSON.createObjectNode();
    text.forEach(
        (inputId, value) ->
            values
                .putObject(inputId)
                .putObject(inputId)
                .put("type", "plain_text_input")
                .put("value", value));
    ((ObjectNode) view.get("state")).set("values", values);
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  /**
   * The view submission sample, for a Trellis form with text values, a chosen option of each select
   * in {@code selected} and a day of each date picker in {@code dates}.
   */
  public static String viewSubmission(
      String teamId,
      String userId,
      String callbackId,
      String reference,
      Map<String, String> text,
      Map<String, String> selected,
      Map<String, String> dates) {
    ObjectNode payload =
        (ObjectNode)
            JSON.readTree(
                URLDecoder.decode(
                    viewSubmission(teamId, userId, callbackId, reference, text)
                        .substring("payload=".length()),
                    StandardCharsets.UTF_8));
    ObjectNode view = (ObjectNode) payload.get("view");
    // Each opened modal has its own view id (a reply to its submission is sent once per view).
    view.put("id", "V" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT));
    ObjectNode values = (ObjectNode) view.get("state").get("values");
    selected.forEach(
        (inputId, value) ->
            values
                .putObject(inputId)
                .putObject(inputId)
                .put("type", "static_select")
                .putObject("selected_option")
                .put("value", value));
    dates.forEach(
        (inputId, day) ->
            values
                .putObject(inputId)
                .putObject(inputId)
                .put("type", "datepicker")
                .put("selected_date", day));
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  /** An event sample in its event_callback envelope, for this team, with a fresh event id. */
  public static String event(
      String envelopeSample, JsonNode innerEvent, String teamId, String eventId) {
    ObjectNode envelope = sample(envelopeSample);
    envelope.put("team_id", teamId).put("event_id", eventId);
    envelope.remove("enterprise_id");
    envelope.remove("authorizations");
    if (innerEvent != null) {
      envelope.set("event", innerEvent);
    }
    return envelope.toString();
  }

  /** The direct-message sample (inner event only) from this user with this text. */
  public static JsonNode directMessage(String userId, String text) {
    ObjectNode event = sample("event.message.im.json");
    event.put("user", userId).put("text", text).put("channel", "D" + userId.substring(1));
    event.remove("thread_ts");
    event.remove("parent_user_id");
    return event;
  }

  public static ObjectNode sample(String file) {
    return (ObjectNode) JSON.readTree(Fixtures.text(Fixtures.slack(file)));
  }

  /** The person presses a button of a message in their DM with the bot. */
  public HttpResponse<String> press(
      String teamId, String userId, JsonNode button, String responseUrl) throws Exception {
    return press(
        teamId, userId, button, responseUrl, "D" + userId.substring(1), "1503435956.000247");
  }

  /**
   * The person presses a button of a message others see too: in this channel, not ephemeral (the
   * sample's container says {@code is_ephemeral: false}).
   */
  public HttpResponse<String> pressInChannel(
      String teamId, String userId, JsonNode button, String responseUrl, String channel)
      throws Exception {
    return press(teamId, userId, button, responseUrl, channel, "1503435956.000248");
  }

  private HttpResponse<String> press(
      String teamId,
      String userId,
      JsonNode button,
      String responseUrl,
      String channel,
      String messageTs)
      throws Exception {
    return post(
        blockAction(
            teamId,
            userId,
            button.get("action_id").asString(),
            button.get("value").asString(),
            responseUrl,
            channel,
            messageTs),
        "application/x-www-form-urlencoded");
  }

  public HttpResponse<String> post(String body, String contentType) throws Exception {
    return post(body, contentType, Instant.now().getEpochSecond(), signingSecret, Map.of());
  }

  public HttpResponse<String> post(
      String body,
      String contentType,
      long timestamp,
      String secret,
      Map<String, String> extraHeaders)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/slack/events"))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
            .header(
                "X-Slack-Signature",
                extraHeaders.getOrDefault("X-Slack-Signature", signature(secret, timestamp, body)))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    extraHeaders.entrySet().stream()
        .filter(h -> !h.getKey().equals("X-Slack-Signature"))
        .forEach(h -> request.header(h.getKey(), h.getValue()));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static String signature(String secret, long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }
}

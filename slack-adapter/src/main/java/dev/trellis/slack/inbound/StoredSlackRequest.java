package dev.trellis.slack.inbound;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Optional;

/**
 * What the inbox keeps of a request from Slack: only what handling it needs, already resolved to
 * the org and person, as a small JSON object. Handling never parses a Slack payload again.
 */
public sealed interface StoredSlackRequest {

  String KIND_COMMAND = "slack.command";
  String KIND_ACTION = "slack.action";
  String KIND_MESSAGE = "slack.message";
  String KIND_HOME = "slack.home";
  String KIND_UNINSTALL = "slack.uninstall";

  String kind();

  /** A slash command: {@code /trellis pause 2w}. */
  record Command(
      OrgId orgId,
      PersonId personId,
      String command,
      String text,
      String triggerId,
      String responseUrl)
      implements StoredSlackRequest {
    @Override
    public String kind() {
      return KIND_COMMAND;
    }
  }

  /**
   * A button pressed on a message (or the App Home, then without a response URL). {@code
   * ephemeral}: the message was shown to the person only (Slack's {@code container.is_ephemeral}).
   */
  record Action(
      OrgId orgId,
      PersonId personId,
      String userId,
      String actionId,
      String value,
      String triggerId,
      Optional<String> responseUrl,
      Optional<String> channelId,
      Optional<String> messageTs,
      boolean ephemeral)
      implements StoredSlackRequest {
    @Override
    public String kind() {
      return KIND_ACTION;
    }

    /**
     * Whether the pressed message is seen by the person alone: ephemeral, or in their direct
     * conversation with the bot (a {@code D…} channel). Anything else (a channel, a group DM)
     * others see too.
     */
    public boolean onAMessageOnlyThePersonSees() {
      return ephemeral || channelId.filter(c -> c.startsWith("D")).isPresent();
    }
  }

  /** Text sent to the bot in its direct message conversation. */
  record DirectMessage(OrgId orgId, PersonId personId, String text) implements StoredSlackRequest {
    @Override
    public String kind() {
      return KIND_MESSAGE;
    }
  }

  /** The person opened the App Home tab. */
  record HomeOpened(OrgId orgId, PersonId personId, String userId) implements StoredSlackRequest {
    @Override
    public String kind() {
      return KIND_HOME;
    }
  }

  /** The app was uninstalled from a workspace, or its bot token revoked. */
  record Uninstalled(String teamId, Optional<String> enterpriseId, String event)
      implements StoredSlackRequest {
    @Override
    public String kind() {
      return KIND_UNINSTALL;
    }
  }

  static String toJson(StoredSlackRequest request) {
    JsonObject json = new JsonObject();
    if (request instanceof Command c) {
      json.addProperty("org", c.orgId().value());
      json.addProperty("person", c.personId().value());
      json.addProperty("command", c.command());
      json.addProperty("text", c.text());
      json.addProperty("trigger", c.triggerId());
      json.addProperty("responseUrl", c.responseUrl());
    } else if (request instanceof Action a) {
      json.addProperty("org", a.orgId().value());
      json.addProperty("person", a.personId().value());
      json.addProperty("user", a.userId());
      json.addProperty("action", a.actionId());
      json.addProperty("value", a.value());
      json.addProperty("trigger", a.triggerId());
      a.responseUrl().ifPresent(u -> json.addProperty("responseUrl", u));
      a.channelId().ifPresent(c -> json.addProperty("channel", c));
      a.messageTs().ifPresent(t -> json.addProperty("ts", t));
      json.addProperty("ephemeral", a.ephemeral());
    } else if (request instanceof DirectMessage m) {
      json.addProperty("org", m.orgId().value());
      json.addProperty("person", m.personId().value());
      json.addProperty("text", m.text());
    } else if (request instanceof HomeOpened h) {
      json.addProperty("org", h.orgId().value());
      json.addProperty("person", h.personId().value());
      json.addProperty("user", h.userId());
    } else {
      Uninstalled u = (Uninstalled) request;
      json.addProperty("team", u.teamId());
      u.enterpriseId().ifPresent(e -> json.addProperty("enterprise", e));
      json.addProperty("event", u.event());
    }
    return json.toString();
  }

  static StoredSlackRequest fromJson(String kind, String payload) {
    JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
    switch (kind) {
      case KIND_COMMAND:
        return new Command(
            org(json),
            person(json),
            text(json, "command"),
            text(json, "text"),
            text(json, "trigger"),
            text(json, "responseUrl"));
      case KIND_ACTION:
        return new Action(
            org(json),
            person(json),
            text(json, "user"),
            text(json, "action"),
            text(json, "value"),
            text(json, "trigger"),
            optional(json, "responseUrl"),
            optional(json, "channel"),
            optional(json, "ts"),
            json.has("ephemeral") && json.get("ephemeral").getAsBoolean());
      case KIND_MESSAGE:
        return new DirectMessage(org(json), person(json), text(json, "text"));
      case KIND_HOME:
        return new HomeOpened(org(json), person(json), text(json, "user"));
      case KIND_UNINSTALL:
        return new Uninstalled(
            text(json, "team"), optional(json, "enterprise"), text(json, "event"));
      default:
        throw new IllegalArgumentException("Not a Slack request kind: " + kind);
    }
  }

  private static OrgId org(JsonObject json) {
    return new OrgId(text(json, "org"));
  }

  private static PersonId person(JsonObject json) {
    return new PersonId(text(json, "person"));
  }

  private static String text(JsonObject json, String name) {
    return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsString() : "";
  }

  private static Optional<String> optional(JsonObject json, String name) {
    return Optional.of(text(json, name)).filter(s -> !s.isEmpty());
  }
}

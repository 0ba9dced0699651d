package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the inbox keeps of an activity from Teams: only what handling it needs, already resolved to
 * the org (and person, where the activity is someone acting), as a small JSON object. Handling
 * never parses an activity again.
 */
public sealed interface StoredTeamsRequest {

  String KIND_MESSAGE = "teams.message";
  String KIND_PRESS = "teams.press";
  String KIND_SUBMIT = "teams.submit";
  String KIND_INSTALL = "teams.install";
  String KIND_REMOVE = "teams.remove";
  String KIND_NOTICE = "teams.notice";

  String kind();

  /**
   * Words typed to the bot, mentions of the bot taken out. {@code personal}: in the 1:1 chat (a
   * reply to an open question, or a command); otherwise in a channel or group chat (a command only,
   * never an answer that others would see).
   */
  record Message(
      OrgId orgId, PersonId personId, String aadObjectId, String userId, ReplyTo where, String text)
      implements StoredTeamsRequest {
    public Message {
      Objects.requireNonNull(where, "where");
    }

    @Override
    public String kind() {
      return KIND_MESSAGE;
    }
  }

  /**
   * A button of a Trellis card pressed; {@code cardActivityId} is the card's activity id. {@code
   * aadObjectId} and {@code userId}: who pressed it (blank in requests stored before they were
   * kept), to reach their 1:1 chat when the card is in a channel or group chat.
   */
  record Press(
      OrgId orgId,
      PersonId personId,
      String aadObjectId,
      String userId,
      ReplyTo where,
      String action,
      String value,
      Optional<String> cardActivityId)
      implements StoredTeamsRequest {
    @Override
    public String kind() {
      return KIND_PRESS;
    }
  }

  /** A Trellis form card submitted, by {@code aadObjectId}/{@code userId} as for a press. */
  record Submit(
      OrgId orgId,
      PersonId personId,
      String aadObjectId,
      String userId,
      ReplyTo where,
      String submitAction,
      String reference,
      Map<String, String> values,
      Optional<String> cardActivityId)
      implements StoredTeamsRequest {
    public Submit {
      values = Map.copyOf(values);
    }

    @Override
    public String kind() {
      return KIND_SUBMIT;
    }
  }

  /**
   * The bot was added: to a person's 1:1 chat ({@code teamId} empty; the installer is {@code
   * aadObjectId}/{@code userId}), or to a team ({@code where} is the team's channel).
   */
  record Installed(
      OrgId orgId,
      ReplyTo where,
      String aadObjectId,
      String userId,
      Optional<String> teamId,
      String teamName)
      implements StoredTeamsRequest {
    @Override
    public String kind() {
      return KIND_INSTALL;
    }
  }

  /**
   * The bot was removed from a team ({@code teamId}) or from people's 1:1 chats, or people left a
   * team: sending to the people in {@code aadObjectIds} (and to the team) stops.
   */
  record Removed(OrgId orgId, Optional<String> teamId, List<String> aadObjectIds)
      implements StoredTeamsRequest {
    public Removed {
      aadObjectIds = List.copyOf(aadObjectIds);
    }

    @Override
    public String kind() {
      return KIND_REMOVE;
    }
  }

  /** A fixed answer for someone Trellis cannot serve (an unknown tenant or person). */
  record Notice(ReplyTo where, String text) implements StoredTeamsRequest {
    @Override
    public String kind() {
      return KIND_NOTICE;
    }
  }

  static String toJson(StoredTeamsRequest request) {
    ObjectNode json = Serialization.createObjectNode();
    if (request instanceof Message m) {
      origin(json, m.orgId(), m.personId());
      json.put("aad", m.aadObjectId());
      json.put("user", m.userId());
      json.set("where", where(m.where()));
      json.put("text", m.text());
    } else if (request instanceof Press p) {
      origin(json, p.orgId(), p.personId());
      json.put("aad", p.aadObjectId());
      json.put("user", p.userId());
      json.set("where", where(p.where()));
      json.put("action", p.action());
      json.put("value", p.value());
      p.cardActivityId().ifPresent(id -> json.put("card", id));
    } else if (request instanceof Submit s) {
      origin(json, s.orgId(), s.personId());
      json.put("aad", s.aadObjectId());
      json.put("user", s.userId());
      json.set("where", where(s.where()));
      json.put("submit", s.submitAction());
      json.put("reference", s.reference());
      ObjectNode values = json.putObject("values");
      s.values().forEach(values::put);
      s.cardActivityId().ifPresent(id -> json.put("card", id));
    } else if (request instanceof Installed i) {
      json.put("org", i.orgId().value());
      json.set("where", where(i.where()));
      json.put("aad", i.aadObjectId());
      json.put("user", i.userId());
      i.teamId().ifPresent(t -> json.put("team", t));
      json.put("teamName", i.teamName());
    } else if (request instanceof Removed r) {
      json.put("org", r.orgId().value());
      r.teamId().ifPresent(t -> json.put("team", t));
      r.aadObjectIds().forEach(json.putArray("aads")::add);
    } else {
      Notice n = (Notice) request;
      json.set("where", where(n.where()));
      json.put("text", n.text());
    }
    return json.toString();
  }

  static StoredTeamsRequest fromJson(String kind, String payload) {
    JsonNode json = TeamsActivityJson.tree(payload);
    switch (kind) {
      case KIND_MESSAGE:
        return new Message(
            org(json),
            person(json),
            text(json, "aad"),
            text(json, "user"),
            where(json.get("where")),
            text(json, "text"));
      case KIND_PRESS:
        return new Press(
            org(json),
            person(json),
            text(json, "aad"),
            text(json, "user"),
            where(json.get("where")),
            text(json, "action"),
            text(json, "value"),
            optional(json, "card"));
      case KIND_SUBMIT:
        Map<String, String> values = new LinkedHashMap<>();
        json.path("values")
            .fields()
            .forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return new Submit(
            org(json),
            person(json),
            text(json, "aad"),
            text(json, "user"),
            where(json.get("where")),
            text(json, "submit"),
            text(json, "reference"),
            values,
            optional(json, "card"));
      case KIND_INSTALL:
        return new Installed(
            org(json),
            where(json.get("where")),
            text(json, "aad"),
            text(json, "user"),
            optional(json, "team"),
            text(json, "teamName"));
      case KIND_REMOVE:
        List<String> aads = new ArrayList<>();
        json.path("aads").forEach(a -> aads.add(a.asText()));
        return new Removed(org(json), optional(json, "team"), aads);
      case KIND_NOTICE:
        return new Notice(where(json.get("where")), text(json, "text"));
      default:
        throw new IllegalArgumentException("Not a Teams request kind: " + kind);
    }
  }

  private static void origin(ObjectNode json, OrgId orgId, PersonId personId) {
    json.put("org", orgId.value());
    json.put("person", personId.value());
  }

  private static ObjectNode where(ReplyTo where) {
    ObjectNode json = Serialization.createObjectNode();
    json.put("serviceUrl", where.serviceUrl());
    json.put("conversation", where.conversationId());
    json.put("tenant", where.tenantId());
    json.put("bot", where.botId());
    json.put("activity", where.activityId());
    json.put("personal", where.personal());
    return json;
  }

  private static ReplyTo where(JsonNode json) {
    return new ReplyTo(
        text(json, "serviceUrl"),
        text(json, "conversation"),
        text(json, "tenant"),
        text(json, "bot"),
        text(json, "activity"),
        json.path("personal").asBoolean(false));
  }

  private static OrgId org(JsonNode json) {
    return new OrgId(text(json, "org"));
  }

  private static PersonId person(JsonNode json) {
    return new PersonId(text(json, "person"));
  }

  private static String text(JsonNode json, String name) {
    JsonNode value = json.get(name);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static Optional<String> optional(JsonNode json, String name) {
    return Optional.of(text(json, name)).filter(s -> !s.isEmpty());
  }
}

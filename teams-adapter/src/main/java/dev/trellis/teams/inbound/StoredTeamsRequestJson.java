package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.inbound.StoredTeamsRequest.Installed;
import dev.trellis.teams.inbound.StoredTeamsRequest.Message;
import dev.trellis.teams.inbound.StoredTeamsRequest.Notice;
import dev.trellis.teams.inbound.StoredTeamsRequest.Press;
import dev.trellis.teams.inbound.StoredTeamsRequest.Removed;
import dev.trellis.teams.inbound.StoredTeamsRequest.Submit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link StoredTeamsRequest} as the small JSON object the inbox keeps, and back. */
final class StoredTeamsRequestJson {

  private StoredTeamsRequestJson() {}

  static String write(StoredTeamsRequest request) {
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

  static StoredTeamsRequest read(String kind, String payload) {
    JsonNode json = TeamsActivityJson.tree(payload);
    switch (kind) {
      case StoredTeamsRequest.KIND_MESSAGE:
        return new Message(
            org(json),
            person(json),
            text(json, "aad"),
            text(json, "user"),
            where(json.get("where")),
            text(json, "text"));
      case StoredTeamsRequest.KIND_PRESS:
        return new Press(
            org(json),
            person(json),
            text(json, "aad"),
            text(json, "user"),
            where(json.get("where")),
            text(json, "action"),
            text(json, "value"),
            optional(json, "card"));
      case StoredTeamsRequest.KIND_SUBMIT:
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
      case StoredTeamsRequest.KIND_INSTALL:
        return new Installed(
            org(json),
            where(json.get("where")),
            text(json, "aad"),
            text(json, "user"),
            optional(json, "team"),
            text(json, "teamName"));
      case StoredTeamsRequest.KIND_REMOVE:
        List<String> aads = new ArrayList<>();
        json.path("aads").forEach(a -> aads.add(a.asText()));
        return new Removed(org(json), optional(json, "team"), aads);
      case StoredTeamsRequest.KIND_NOTICE:
        return new Notice(where(json.get("where")), text(json, "text"));
      default:
        throw new IllegalArgumentException("Not a Teams request kind: " + kind);
    }
  }

  private static void origin(ObjectNode json, OrgId orgId, PersonId personId) {
    json.put("org", orgId.value());
    json.put("person", personId.value());
  }

  static ObjectNode where(ReplyTo where) {
    ObjectNode json = Serialization.createObjectNode();
    json.put("serviceUrl", where.serviceUrl());
    json.put("conversation", where.conversationId());
    json.put("tenant", where.tenantId());
    json.put("bot", where.botId());
    json.put("activity", where.activityId());
    json.put("personal", where.personal());
    return json;
  }

  static ReplyTo where(JsonNode json) {
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

  static String text(JsonNode json, String name) {
    JsonNode value = json.get(name);
    return value == null || value.isNull() ? "" : value.asText();
  }

  static Optional<String> optional(JsonNode json, String name) {
    return Optional.of(text(json, name)).filter(s -> !s.isEmpty());
  }
}

package dev.trellis.teams.inbound;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
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

  static String toJson(StoredTeamsRequest request) {
    return StoredTeamsRequestJson.write(request);
  }

  static StoredTeamsRequest fromJson(String kind, String payload) {
    return StoredTeamsRequestJson.read(kind, payload);
  }

  /**
   * Someone acting: typing, pressing a button, submitting a form. {@code aadObjectId} and {@code
   * userId} say who (blank in requests stored before they were kept), to reach their 1:1 chat when
   * they acted in a channel or group chat; {@code where} is where they acted.
   */
  sealed interface Acting extends StoredTeamsRequest permits Message, Press, Submit {
    OrgId orgId();

    PersonId personId();

    String aadObjectId();

    String userId();

    ReplyTo where();

    /** The card whose button was pressed or whose form was submitted, if any. */
    default Optional<String> cardActivityId() {
      return Optional.empty();
    }
  }

  /**
   * Words typed to the bot, mentions of the bot taken out. {@code personal}: in the 1:1 chat (a
   * reply to an open question, or a command); otherwise in a channel or group chat (a command only,
   * never an answer that others would see).
   */
  record Message(
      OrgId orgId, PersonId personId, String aadObjectId, String userId, ReplyTo where, String text)
      implements Acting {
    public Message {
      Objects.requireNonNull(where, "where");
    }

    @Override
    public String kind() {
      return KIND_MESSAGE;
    }
  }

  /** A button of a Trellis card pressed; {@code cardActivityId} is the card's activity id. */
  record Press(
      OrgId orgId,
      PersonId personId,
      String aadObjectId,
      String userId,
      ReplyTo where,
      String action,
      String value,
      Optional<String> cardActivityId)
      implements Acting {
    @Override
    public String kind() {
      return KIND_PRESS;
    }
  }

  /** A Trellis form card submitted. */
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
      implements Acting {
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
}

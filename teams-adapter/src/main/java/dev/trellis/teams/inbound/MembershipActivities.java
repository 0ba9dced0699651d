package dev.trellis.teams.inbound;

import static dev.trellis.teams.inbound.ActivityFields.aadObjectId;
import static dev.trellis.teams.inbound.ActivityFields.nullToEmpty;
import static dev.trellis.teams.inbound.ActivityFields.orEmpty;
import static dev.trellis.teams.inbound.ActivityFields.replyTo;
import static dev.trellis.teams.inbound.ActivityFields.team;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import dev.trellis.core.org.Org;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot installed in or removed from a team or a person's 1:1 chat, and members leaving a team
 * ({@code installationUpdate} and {@code conversationUpdate}): stored, to be remembered or
 * forgotten after the answer.
 */
final class MembershipActivities {

  private static final Logger log = LoggerFactory.getLogger(MembershipActivities.class);

  private final ActivityInbox inbox;

  MembershipActivities(ActivityInbox inbox) {
    this.inbox = inbox;
  }

  TeamsAnswer installationUpdate(Activity activity, String key) {
    String action = activity.getAction() == null ? "" : activity.getAction();
    Optional<ReplyTo> where = replyTo(activity);
    Optional<String> team = team(activity, "id");
    Optional<Org> org = inbox.org(activity);
    if (where.isEmpty()) {
      return TeamsAnswer.ok();
    }
    if (action.startsWith("add")) {
      if (org.isEmpty()) {
        inbox.store(key, new StoredTeamsRequest.Notice(where.get(), ActivityInbox.UNKNOWN_TENANT));
        return TeamsAnswer.ok();
      }
      if (team.isEmpty() && !where.get().personal()) {
        return TeamsAnswer.ok(); // a group chat: nothing to remember
      }
      inbox.store(key, installed(org.get(), activity, where.get(), team));
    } else if (action.startsWith("remove") && org.isPresent()) {
      botRemoved(activity, key, org.get(), where.get(), team);
    }
    return TeamsAnswer.ok();
  }

  TeamsAnswer conversationUpdate(Activity activity, String key) {
    Optional<ReplyTo> where = replyTo(activity);
    if (where.isEmpty()) {
      return TeamsAnswer.ok();
    }
    String botId = where.get().botId();
    Optional<String> team = team(activity, "id");
    Optional<Org> org = inbox.org(activity);
    List<ChannelAccount> added = orEmpty(activity.getMembersAdded());
    List<ChannelAccount> removed = orEmpty(activity.getMembersRemoved());
    boolean botAdded = added.stream().anyMatch(m -> botId.equals(m.getId()));
    boolean botRemoved = removed.stream().anyMatch(m -> botId.equals(m.getId()));
    if (botAdded) {
      if (org.isEmpty()) {
        inbox.store(key, new StoredTeamsRequest.Notice(where.get(), ActivityInbox.UNKNOWN_TENANT));
      } else if (team.isPresent() || where.get().personal()) {
        inbox.store(key, installed(org.get(), activity, where.get(), team));
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
      inbox.store(key, new StoredTeamsRequest.Removed(org.get().id(), Optional.empty(), gone));
    } else if (!removed.isEmpty()) {
      log.info("Members left a Teams team; without their AAD object ids nothing is forgotten");
    }
    // Members added to a team: the roster sync opens their 1:1 chats later.
    return TeamsAnswer.ok();
  }

  /** The bot was taken out of a team, or uninstalled by the person: stop sending there. */
  private void botRemoved(
      Activity activity, String key, Org org, ReplyTo where, Optional<String> team) {
    if (team.isPresent()) {
      inbox.store(key, new StoredTeamsRequest.Removed(org.id(), team, List.of()));
    } else if (where.personal() && aadObjectId(activity).isPresent()) {
      inbox.store(
          key,
          new StoredTeamsRequest.Removed(
              org.id(), Optional.empty(), List.of(aadObjectId(activity).get())));
    }
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
}

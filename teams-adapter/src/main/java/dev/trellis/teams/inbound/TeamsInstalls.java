package dev.trellis.teams.inbound;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.send.ReplyActivities;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers and forgets where people and teams are reached as the bot is installed and removed, and
 * welcomes them once.
 */
final class TeamsInstalls {

  private static final Logger log = LoggerFactory.getLogger(TeamsInstalls.class);

  static final OutboundMessage WELCOME_PERSONAL =
      OutboundMessage.builder(
              "Hello, I am Trellis. I help you make career development a habit: short reflection"
                  + " questions now and then, your 1:1 agendas, and a career buddy. Type help to see"
                  + " what I can do.")
          .build();

  static final OutboundMessage WELCOME_TEAM =
      OutboundMessage.builder(
              "Trellis was added to this team. Each member hears from me in a private chat, never"
                  + " here; type help there to see what I can do.")
          .build();

  static final OutboundMessage UNKNOWN_PERSON =
      OutboundMessage.builder(
              "Trellis does not know you yet. Ask your Trellis admin to add you; I will write"
                  + " to you here once you are added.")
          .build();

  private final People people;
  private final TeamsConversations conversations;
  private final InstalledTeams teams;
  private final TeamsMemberEmails emails;
  private final TeamsReplies replies;
  private final ReplyActivities activities;
  private final Clock clock;

  TeamsInstalls(
      People people,
      TeamsConversations conversations,
      InstalledTeams teams,
      TeamsMemberEmails emails,
      TeamsReplies replies,
      ReplyActivities activities,
      Clock clock) {
    this.people = people;
    this.conversations = conversations;
    this.teams = teams;
    this.emails = emails;
    this.replies = replies;
    this.activities = activities;
    this.clock = clock;
  }

  void removed(StoredTeamsRequest.Removed removed) {
    removed.teamId().ifPresent(team -> teams.forget(removed.orgId(), team));
    removed.aadObjectIds().forEach(aad -> conversations.forget(removed.orgId(), aad));
    log.info(
        "Teams: bot removed for {} people{} of org {}; sending to them stops",
        removed.aadObjectIds().size(),
        removed.teamId().isPresent() ? " and a team" : "",
        removed.orgId().value());
  }

  void installed(StoredTeamsRequest.Installed installed) throws Exception {
    ReplyTo where = installed.where();
    if (installed.teamId().isPresent()) {
      boolean known = teams.find(installed.orgId(), installed.teamId().get()).isPresent();
      teams.save(
          new InstalledTeam(
              installed.orgId(),
              installed.teamId().get(),
              where.serviceUrl(),
              where.conversationId(),
              where.tenantId(),
              installed.teamName(),
              clock.instant()));
      log.info("Teams: installed in a team of org {}", installed.orgId().value());
      if (!known) {
        replies.post(where, activities.message(WELCOME_TEAM));
      }
      return;
    }
    if (installed.aadObjectId().isBlank() || installed.userId().isBlank()) {
      log.info("Teams: a personal install without the person's ids was ignored");
      return;
    }
    Optional<Person> person =
        link(installed.orgId(), installed.aadObjectId(), installed.userId(), where);
    if (person.isEmpty()) {
      replies.post(where, activities.message(UNKNOWN_PERSON));
      return;
    }
    boolean fresh = remember(installed.orgId(), installed.aadObjectId(), installed.userId(), where);
    if (fresh) {
      replies.post(where, activities.message(WELCOME_PERSONAL));
    }
  }

  /**
   * The person with this AAD object id; else the person with the member's email, who is linked to
   * the AAD object id from now on.
   */
  private Optional<Person> link(OrgId orgId, String aadObjectId, String userId, ReplyTo where)
      throws Exception {
    Optional<Person> byAad = people.findByTeamsAadObjectId(orgId, aadObjectId);
    if (byAad.isPresent()) {
      return byAad;
    }
    Optional<Email> email = emails.emailOf(where, userId).flatMap(Email::parse);
    Optional<Person> byEmail = email.flatMap(e -> people.findByEmail(orgId, e));
    if (byEmail.isEmpty()) {
      return Optional.empty();
    }
    Person found = byEmail.get();
    if (found.teamsAadObjectId().isPresent()
        && !found.teamsAadObjectId().get().equals(aadObjectId)) {
      log.warn("Teams: a person's email matches, but they are linked to another AAD object id");
      return Optional.empty();
    }
    Person linked = found.withTeamsAadObjectId(Optional.of(aadObjectId));
    people.saveAll(orgId, List.of(linked));
    log.info("Teams: linked a person of org {} by email", orgId.value());
    return Optional.of(linked);
  }

  /** Stores the person's 1:1 conversation; answers whether it is new (or moved). */
  boolean remember(OrgId orgId, String aadObjectId, String userId, ReplyTo where) {
    if (aadObjectId.isBlank()
        || userId.isBlank()
        || where.tenantId().isBlank()
        || where.botId().isBlank()) {
      return false;
    }
    Optional<TeamsConversation> before = conversations.find(orgId, aadObjectId);
    boolean same =
        before.isPresent()
            && before.get().conversationId().equals(where.conversationId())
            && before.get().serviceUrl().equals(where.serviceUrl());
    if (!same) {
      conversations.save(
          new TeamsConversation(
              orgId,
              aadObjectId,
              where.serviceUrl(),
              where.conversationId(),
              where.tenantId(),
              where.botId(),
              userId,
              clock.instant()));
    }
    return !same;
  }
}

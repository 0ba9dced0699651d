package dev.trellis.app.teams;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.teams.inbound.AdaptiveCardJson;
import dev.trellis.teams.inbound.TeamsActivities;
import dev.trellis.teams.inbound.TeamsAuthentication;
import dev.trellis.teams.inbound.TeamsInboundHandler;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.install.MongoInstalledTeams;
import dev.trellis.teams.install.MongoTeamsConversations;
import dev.trellis.teams.install.ReachableAgainConversations;
import dev.trellis.teams.install.TeamsPersonErasure;
import dev.trellis.teams.send.AdaptiveCardRenderer;
import dev.trellis.teams.send.ConnectorMemberEmails;
import dev.trellis.teams.send.ConnectorPrivateChats;
import dev.trellis.teams.send.ConnectorReplies;
import dev.trellis.teams.send.ConnectorTokens;
import dev.trellis.teams.send.TeamsConnector;
import dev.trellis.teams.send.TeamsFileConsents;
import dev.trellis.teams.send.TeamsOneToOne;
import dev.trellis.teams.send.TeamsPlatform;
import dev.trellis.teams.send.TeamsRateLimits;
import dev.trellis.teams.sync.SyncingInstalledTeams;
import dev.trellis.teams.sync.SyncingTeamsOrgs;
import dev.trellis.teams.sync.SyncingTeamsRoster;
import dev.trellis.teams.sync.TeamsRosters;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Microsoft Teams through the Bot Framework: activities come in at {@code POST /api/messages}, are
 * checked (a Bot Framework token for MICROSOFT_APP_ID), stored in the inbox and handled by the
 * {@link TeamsInboundHandler}; messages go out through the outbox on the {@link TeamsPlatform}, to
 * each person's stored 1:1 conversation with the bot.
 */
@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  @Bean
  TeamsAuthentication teamsAuthentication(TeamsProperties properties) {
    return TeamsAuthentication.of(properties);
  }

  @Bean
  TeamsMessagesController.TeamsAccess teamsAccess(TeamsAuthentication authentication) {
    return new TeamsMessagesController.TeamsAccess(authentication.mode());
  }

  /** A person who installs the bot, or talks to it, can be reached on Teams again. */
  @Bean
  TeamsConversations teamsConversations(MongoDatabase db, UnreachableRecipients unreachable) {
    return new ReachableAgainConversations(new MongoTeamsConversations(db), unreachable);
  }

  /** A forgotten person's conversation reference goes with them. */
  @Bean
  PersonalErasure teamsPersonErasure(People people, TeamsConversations conversations) {
    return new TeamsPersonErasure(people, conversations);
  }

  /** A team the bot is installed in has its roster synced at once. */
  @Bean
  InstalledTeams installedTeams(MongoDatabase db, ObjectProvider<TeamsRosters> rosters) {
    return new SyncingInstalledTeams(new MongoInstalledTeams(db), rosters::getObject);
  }

  @Bean
  TeamsConnector teamsConnector(TeamsProperties properties, Clock clock) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();
    return new TeamsConnector(
        new ConnectorTokens(
            properties, ConnectorTokens.tokenUrl(properties), http, CALL_TIMEOUT, clock),
        http,
        CALL_TIMEOUT,
        clock);
  }

  @Bean
  TeamsRateLimits teamsRateLimits(Clock clock) {
    return new TeamsRateLimits(clock);
  }

  @Bean
  TeamsPlatform teamsPlatform(
      TeamsConnector connector,
      TeamsConversations conversations,
      TeamsRateLimits limits,
      Clock clock,
      AttachedFiles files,
      TeamsAuthentication authentication) {
    // Local testing (the Agents Playground) cannot take a file: a one-time link instead.
    return new TeamsPlatform(
        connector,
        conversations,
        new AdaptiveCardRenderer(),
        limits,
        clock,
        files,
        authentication.mode() == TeamsAuthentication.Mode.LOCAL_TESTING);
  }

  @Bean
  TeamsFileConsents teamsFileConsents(TeamsPlatform platform, AttachedFiles files) {
    return new TeamsFileConsents(
        platform, files, HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build());
  }

  @Bean
  TeamsActivities teamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      TeamsFileConsents fileConsents,
      Clock clock) {
    return new TeamsActivities(
        authentication,
        orgs,
        people,
        inbound,
        engine,
        new AdaptiveCardJson(),
        (person, aad, value) ->
            fileConsents.answer(
                new Recipient(person.orgId(), person.id(), Platform.TEAMS, aad), value),
        clock);
  }

  /** Opens a person's 1:1 chat with the bot: for roster sync, and for private answers. */
  @Bean
  TeamsOneToOne teamsOneToOne(
      TeamsConnector connector,
      TeamsConversations conversations,
      TeamsRateLimits limits,
      Clock clock) {
    return new TeamsOneToOne(connector, conversations, limits, clock);
  }

  @Bean
  TeamsInboundHandler teamsInboundHandler(
      ConversationEngine engine,
      People people,
      TeamsConversations conversations,
      InstalledTeams installedTeams,
      TeamsConnector connector,
      TeamsOneToOne oneToOne,
      Inbox inbox,
      Clock clock) {
    return new TeamsInboundHandler(
        engine,
        people,
        conversations,
        installedTeams,
        new ConnectorMemberEmails(connector),
        new ConnectorReplies(connector),
        new ConnectorPrivateChats(conversations, oneToOne),
        new AdaptiveCardRenderer(),
        inbox,
        clock);
  }

  @Bean
  TeamsRosters teamsRosters(
      InstalledTeams installedTeams,
      TeamsConnector connector,
      People people,
      TeamsConversations conversations,
      TeamsOneToOne oneToOne,
      ReplanningOrg replanning,
      TeamsProperties properties) {
    return new TeamsRosters(
        installedTeams,
        new SyncingTeamsRoster(connector, people),
        conversations,
        oneToOne,
        replanning::replan,
        properties);
  }

  /** Every day (and once at start-up), each org's people are linked from its teams' rosters. */
  @Bean
  QuartzTicker.Tick teamsRosterSync(TeamsRosters rosters, Orgs orgs) {
    SyncingTeamsOrgs everyOrg = new SyncingTeamsOrgs(orgs, rosters);
    return new QuartzTicker.Tick("teams-roster-sync", Duration.ofDays(1), everyOrg::syncEveryOrg);
  }
}

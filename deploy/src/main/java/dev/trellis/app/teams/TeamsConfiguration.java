package dev.trellis.app.teams;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.People;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.teams.inbound.TeamsActivities;
import dev.trellis.teams.inbound.TeamsAuthentication;
import dev.trellis.teams.inbound.TeamsCards;
import dev.trellis.teams.inbound.TeamsInboundHandler;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.install.MongoInstalledTeams;
import dev.trellis.teams.install.MongoTeamsConversations;
import dev.trellis.teams.render.AdaptiveCards;
import dev.trellis.teams.send.CardRenderer;
import dev.trellis.teams.send.ConnectorMemberEmails;
import dev.trellis.teams.send.ConnectorPrivateChats;
import dev.trellis.teams.send.ConnectorReplies;
import dev.trellis.teams.send.ConnectorTokens;
import dev.trellis.teams.send.TeamsConnector;
import dev.trellis.teams.send.TeamsOneToOne;
import dev.trellis.teams.send.TeamsPlatform;
import dev.trellis.teams.send.TeamsRateLimits;
import dev.trellis.teams.sync.SyncingTeamsRoster;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  @Bean
  TeamsAuthentication teamsAuthentication(TeamsProperties properties) {
    TeamsAuthentication authentication =
        new TeamsAuthentication(
            properties.appId(), properties.appPassword(), properties.localTesting());
    switch (authentication.mode()) {
      case CLOSED ->
          log.warn(
              "Teams: MICROSOFT_APP_ID is not set, so requests to /api/messages cannot be"
                  + " authenticated and every one is refused (401). Set MICROSOFT_APP_ID and"
                  + " MICROSOFT_APP_PASSWORD to connect Teams, or TRELLIS_TEAMS_LOCAL_TESTING=true"
                  + " to try Trellis with the Bot Framework Emulator on this machine.");
      case LOCAL_TESTING ->
          log.warn(
              "!!! Teams LOCAL TESTING IS ON (TRELLIS_TEAMS_LOCAL_TESTING=true, no"
                  + " MICROSOFT_APP_ID): /api/messages takes UNAUTHENTICATED activities from this"
                  + " machine whose serviceUrl is on this machine, so any process on this host can"
                  + " act as any person. Use it only for the Bot Framework Emulator on a"
                  + " single-user machine, never on a shared or exposed host !!!");
      case TOKEN -> {
        if (properties.localTesting()) {
          log.warn(
              "Teams: TRELLIS_TEAMS_LOCAL_TESTING is ignored because MICROSOFT_APP_ID is set:"
                  + " every request to /api/messages needs a Bot Framework token.");
        }
      }
    }
    return authentication;
  }

  @Bean
  TeamsMessagesController.TeamsAccess teamsAccess(TeamsAuthentication authentication) {
    return new TeamsMessagesController.TeamsAccess(authentication.mode());
  }

  /** A person who installs the bot, or talks to it, can be reached on Teams again. */
  @Bean
  TeamsConversations teamsConversations(MongoDatabase db, UnreachableRecipients unreachable) {
    MongoTeamsConversations stored = new MongoTeamsConversations(db);
    return new TeamsConversations() {
      @Override
      public void save(TeamsConversation conversation) {
        stored.save(conversation);
        unreachable.clear(conversation.orgId(), Platform.TEAMS, conversation.aadObjectId());
      }

      @Override
      public Optional<TeamsConversation> find(OrgId orgId, String aadObjectId) {
        return stored.find(orgId, aadObjectId);
      }

      @Override
      public void forget(OrgId orgId, String aadObjectId) {
        stored.forget(orgId, aadObjectId);
      }
    };
  }

  /** A team the bot is installed in has its roster synced at once. */
  @Bean
  InstalledTeams installedTeams(MongoDatabase db, ObjectProvider<TeamsRosters> rosters) {
    MongoInstalledTeams stored = new MongoInstalledTeams(db);
    return new InstalledTeams() {
      @Override
      public void save(InstalledTeam team) {
        stored.save(team);
        rosters.getObject().sync(team);
      }

      @Override
      public Optional<InstalledTeam> find(OrgId orgId, String teamId) {
        return stored.find(orgId, teamId);
      }

      @Override
      public List<InstalledTeam> findAll(OrgId orgId) {
        return stored.findAll(orgId);
      }

      @Override
      public void forget(OrgId orgId, String teamId) {
        stored.forget(orgId, teamId);
      }
    };
  }

  @Bean
  TeamsConnector teamsConnector(TeamsProperties properties, Clock clock) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();
    URI tokenUrl =
        properties.tokenUrl() == null || properties.tokenUrl().isBlank()
            ? ConnectorTokens.defaultTokenUrl(properties)
            : URI.create(properties.tokenUrl());
    return new TeamsConnector(
        new ConnectorTokens(properties, tokenUrl, http, CALL_TIMEOUT, clock),
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
      Clock clock) {
    return new TeamsPlatform(connector, conversations, cards(), limits, clock);
  }

  @Bean
  TeamsActivities teamsActivities(
      TeamsAuthentication authentication,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      Clock clock) {
    return new TeamsActivities(
        authentication,
        orgs,
        people,
        inbound,
        engine,
        new TeamsCards() {
          @Override
          public String card(OutboundMessage message) {
            return AdaptiveCards.message(message).json();
          }

          @Override
          public String formCard(Form form) {
            return AdaptiveCards.form(form).json();
          }
        },
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
        cards(),
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
        replanning,
        properties);
  }

  /** Every day (and once at start-up), each org's people are linked from its teams' rosters. */
  @Bean
  QuartzTicker.Tick teamsRosterSync(TeamsRosters rosters, Orgs orgs) {
    return new QuartzTicker.Tick(
        "teams-roster-sync",
        Duration.ofDays(1),
        () -> {
          for (Org org : orgs.findAll()) {
            if (org.teamsTenantId().isPresent()) {
              try {
                rosters.sync(org.id());
              } catch (RuntimeException e) {
                log.error(
                    "Teams roster sync of {} failed ({}); tomorrow's tries again",
                    org.id(),
                    e.getClass().getSimpleName());
              }
            }
          }
        });
  }

  /** The Adaptive Card renderer, as the sender takes it. */
  private static CardRenderer cards() {
    return new CardRenderer() {
      @Override
      public Object card(OutboundMessage message) {
        return AdaptiveCards.message(message).content();
      }

      @Override
      public Object form(Form form) {
        return AdaptiveCards.form(form).content();
      }

      @Override
      public String fallback(OutboundMessage message) {
        return AdaptiveCards.message(message).summary();
      }
    };
  }
}

package dev.trellis.app.slack;

import com.mongodb.client.MongoDatabase;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.slack.BotTokens;
import dev.trellis.slack.SlackProperties;
import dev.trellis.slack.inbound.RefreshingHomes;
import dev.trellis.slack.inbound.SlackBotReplies;
import dev.trellis.slack.inbound.SlackHttp;
import dev.trellis.slack.inbound.SlackInboundHandler;
import dev.trellis.slack.inbound.SlackInteractions;
import dev.trellis.slack.inbound.SocketModeConnection;
import dev.trellis.slack.inbound.SubmittedRepliesThroughOutbox;
import dev.trellis.slack.install.ForgettingUninstalledWorkspace;
import dev.trellis.slack.install.InstalledBotTokens;
import dev.trellis.slack.install.LinkingInstalledWorkspace;
import dev.trellis.slack.install.MongoInstallationService;
import dev.trellis.slack.install.MongoOAuthStateService;
import dev.trellis.slack.install.RecentBotTokens;
import dev.trellis.slack.install.SingleWorkspaceLink;
import dev.trellis.slack.install.SlackInstallSchema;
import dev.trellis.slack.install.SlackOAuthApp;
import dev.trellis.slack.install.SlackPersonErasure;
import dev.trellis.slack.send.MessageRenderer;
import dev.trellis.slack.send.SlackApiClients;
import dev.trellis.slack.send.SlackCaller;
import dev.trellis.slack.send.SlackHomeTab;
import dev.trellis.slack.send.SlackPlatform;
import dev.trellis.slack.send.SlackRateLimits;
import dev.trellis.slack.sync.Sleeper;
import dev.trellis.slack.sync.SyncingSlackDirectory;
import dev.trellis.slack.sync.SyncingSlackOrgs;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Slack, when the SLACK_* settings say how to connect: one workspace by its bot token (events over
 * HTTP, or over Socket Mode with an app token), or any number installed through OAuth. Messages go
 * out through the outbox on the {@link SlackPlatform}; requests come in through Bolt, are stored in
 * the inbox and handled by the {@link SlackInboundHandler}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
class SlackConfiguration {

  /** How often stale App Homes are published; views.publish allows about 1.7 a second. */
  static final Duration STALE_HOMES_TICK = Duration.ofSeconds(5);

  @Bean
  Slack slackHttp(SlackProperties properties) {
    return Slack.getInstance(SlackOAuthApp.slackConfig(properties.apiUrl()));
  }

  @Bean
  MethodsClient slackMethods(SlackProperties properties) {
    return SlackApiClients.methodsClient(properties.apiUrl());
  }

  @Bean
  LinkingInstalledWorkspace linkingInstalledWorkspace(Orgs orgs) {
    return new LinkingInstalledWorkspace(orgs);
  }

  @Bean
  MongoInstallationService slackInstallations(
      MongoDatabase db, TextCipher cipher, LinkingInstalledWorkspace linking) {
    SlackInstallSchema.ensureIndexes(db);
    return new MongoInstallationService(db, cipher, linking::link);
  }

  /** A forgotten person who installed the app leaves no user id or token in the installation. */
  @Bean
  PersonalErasure slackPersonErasure(People people, MongoInstallationService installations) {
    return new SlackPersonErasure(people, installations);
  }

  @Bean
  BotTokens slackBotTokens(
      SlackProperties properties,
      Orgs orgs,
      MongoInstallationService installations,
      LinkingInstalledWorkspace linking,
      Slack slackHttp,
      Clock clock) {
    if (properties.mode() == SlackProperties.Mode.OAUTH_MULTI_WORKSPACE) {
      return new RecentBotTokens(
          new InstalledBotTokens(orgs, installations), clock, RecentBotTokens.KEEP);
    }
    return new SingleWorkspaceLink(slackHttp, orgs, linking).link(properties.botToken());
  }

  @Bean
  SlackCaller slackCaller(MethodsClient slackMethods, BotTokens slackBotTokens, Clock clock) {
    return new SlackCaller(slackMethods, slackBotTokens, new SlackRateLimits(clock), clock);
  }

  @Bean
  SlackPlatform slackPlatform(SlackCaller slackCaller, AttachedFiles files) {
    return new SlackPlatform(
        slackCaller, MessageRenderer.blockKit(), files, HttpClient.newHttpClient());
  }

  @Bean
  SlackHomeTab slackHomeTab(SlackCaller slackCaller) {
    return new SlackHomeTab(slackCaller);
  }

  @Bean
  SyncingSlackDirectory syncingSlackDirectory(SlackCaller slackCaller, People people) {
    return new SyncingSlackDirectory(slackCaller, people, Sleeper.threadSleep());
  }

  /** Every day (and once at start-up), each Slack org's people are linked to their accounts. */
  @Bean
  QuartzTicker.Tick slackDirectorySync(
      SyncingSlackDirectory sync, Orgs orgs, ReplanningOrg replanning) {
    SyncingSlackOrgs everyOrg = new SyncingSlackOrgs(orgs, sync, replanning::replan);
    return new QuartzTicker.Tick(
        "slack-directory-sync", Duration.ofDays(1), everyOrg::syncEveryOrg);
  }

  @Bean
  RefreshingHomes refreshingHomes(
      People people, ShowingHome home, SlackHomeTab slackHomeTab, Clock clock) {
    return new RefreshingHomes(people, home, slackHomeTab, clock);
  }

  /** App Homes that could not be published at once are published within the rate limit. */
  @Bean
  QuartzTicker.Tick staleHomesRefresh(RefreshingHomes homes) {
    return new QuartzTicker.Tick("slack-stale-homes", STALE_HOMES_TICK, homes::refreshStale);
  }

  @Bean
  SlackInboundHandler slackInboundHandler(
      ConversationEngine engine,
      People people,
      Inbox inbox,
      Slack slackHttp,
      SlackPlatform slackPlatform,
      RefreshingHomes homes,
      MongoInstallationService installations,
      BotTokens slackBotTokens) {
    ForgettingUninstalledWorkspace forgetting = new ForgettingUninstalledWorkspace(installations);
    return new SlackInboundHandler(
        engine,
        people,
        inbox,
        new SlackBotReplies(slackHttp, slackPlatform),
        homes,
        gone -> {
          forgetting.forget(gone);
          slackBotTokens.forgetKept();
        });
  }

  @Bean
  App slackApp(
      SlackProperties properties,
      Slack slackHttp,
      MongoInstallationService installations,
      MongoDatabase db,
      Clock clock,
      Orgs orgs,
      People people,
      HandlingInbound inbound,
      ConversationEngine engine,
      Outbox outbox) {
    App app;
    if (properties.mode() == SlackProperties.Mode.OAUTH_MULTI_WORKSPACE) {
      app =
          SlackOAuthApp.app(
              SlackOAuthApp.config(properties, null),
              installations,
              new MongoOAuthStateService(db, clock));
    } else {
      app =
          new App(
              AppConfig.builder()
                  .slack(slackHttp)
                  .singleTeamBotToken(properties.botToken())
                  .signingSecret(blankToNull(properties.signingSecret()))
                  .build());
    }
    new SlackInteractions(
            orgs, people, inbound, engine, new SubmittedRepliesThroughOutbox(outbox, clock), clock)
        .register(app);
    return app;
  }

  @Bean
  SlackHttp slackHttpRequests(App slackApp) {
    return new SlackHttp(slackApp);
  }

  @Bean
  SocketModeConnection slackSocketMode(SlackProperties properties, App slackApp) {
    return new SocketModeConnection(properties.appToken(), slackApp);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

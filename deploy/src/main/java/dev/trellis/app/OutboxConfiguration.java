package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.outbox.DispatchReport;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.outbox.OutboxSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox, its dispatcher, and the Quartz ticks that drive it. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

  private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

  @Bean
  Outbox outbox(MongoDatabase db) {
    return new MongoOutbox(db);
  }

  @Bean
  OutboxDispatcher outboxDispatcher(
      Outbox outbox,
      ObjectProvider<ChatPlatform> platforms,
      Clock clock,
      TrellisProperties properties) {
    TrellisProperties.Outbox o = properties.outbox();
    OutboxSettings settings =
        new OutboxSettings(
            o.maxAttempts(),
            o.firstBackoff(),
            o.maxBackoff(),
            o.lease(),
            o.batchSize(),
            o.perOrgPerSecond(),
            o.perOrgBurst());
    String owner =
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    return new OutboxDispatcher(
        outbox, platforms.orderedStream().toList(), clock, owner, settings, new SplittableRandom());
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "trellis.scheduling.enabled",
      havingValue = "true",
      matchIfMissing = true)
  QuartzTicker quartzTicker(OutboxDispatcher dispatcher, TrellisProperties properties) {
    return QuartzTicker.start(
        "trellis",
        List.of(
            new QuartzTicker.Tick(
                "outbox-dispatch",
                properties.scheduling().dispatchInterval(),
                () -> report(dispatcher.dispatchDue()))));
  }

  private static void report(DispatchReport report) {
    if (report.claimed() > 0) {
      log.info(
          "Outbox: {} sent, {} retried, {} throttled, {} dead",
          report.sent(),
          report.retried(),
          report.throttled(),
          report.dead());
    }
  }
}

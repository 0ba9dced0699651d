package dev.trellis.app.observability;

import com.mongodb.client.MongoDatabase;
import dev.trellis.app.admin.AdminToken;
import dev.trellis.core.infra.mongo.MongoOutboxGauges;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Metrics and log context: the token that guards {@code /actuator/prometheus}, a correlation id for
 * every request, the counters and ack timer of the platforms' requests, and the outbox gauges.
 * Meters live on Micrometer's global registry, which Spring Boot's Prometheus registry joins.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

  /** First of all, so every later filter's log lines carry the id. */
  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MetricsTokenFilter> metricsTokenFilter(
      @Value("${trellis.metrics.token:}") String token, AdminToken admin) {
    FilterRegistrationBean<MetricsTokenFilter> registration =
        new FilterRegistrationBean<>(new MetricsTokenFilter(MetricsToken.resolve(token, admin)));
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<InboundRequestMetrics> slackRequestMetrics() {
    FilterRegistrationBean<InboundRequestMetrics> registration =
        new FilterRegistrationBean<>(new InboundRequestMetrics("slack"));
    registration.addUrlPatterns("/slack/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<InboundRequestMetrics> teamsRequestMetrics() {
    FilterRegistrationBean<InboundRequestMetrics> registration =
        new FilterRegistrationBean<>(new InboundRequestMetrics("teams"));
    registration.addUrlPatterns("/api/messages");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  MongoOutboxGauges mongoOutboxGauges(MongoDatabase db, Clock clock) {
    MongoOutboxGauges.register(Metrics.globalRegistry);
    return new MongoOutboxGauges(db, clock);
  }

  @Bean(destroyMethod = "close")
  OutboxGaugesRefresh outboxGaugesRefresh(MongoOutboxGauges gauges) {
    return OutboxGaugesRefresh.start(gauges);
  }
}

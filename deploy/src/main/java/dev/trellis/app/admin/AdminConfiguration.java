package dev.trellis.app.admin;

import com.mongodb.client.MongoDatabase;
import dev.trellis.app.TrellisProperties;
import dev.trellis.core.infra.mongo.MongoAuditLog;
import dev.trellis.core.infra.mongo.MongoOrgAdminTokens;
import dev.trellis.core.org.OrgAdminAccess;
import dev.trellis.core.org.OrgAdminTokens;
import dev.trellis.core.privacy.AuditLog;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin API's tokens (the operator's, and org-scoped ones), the filter that checks them on
 * every {@code /api/admin} request, and the interceptor that holds an org token to its org.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration implements WebMvcConfigurer {

  @Bean
  AdminToken adminToken(TrellisProperties properties) {
    return AdminToken.resolve(properties.admin().token(), properties.dataDir());
  }

  @Bean
  OrgAdminTokens orgAdminTokens(MongoDatabase db) {
    return new MongoOrgAdminTokens(db);
  }

  @Bean
  AuditLog auditLog(MongoDatabase db) {
    return new MongoAuditLog(db);
  }

  @Bean
  AdminAudit adminAudit(AuditLog log, Clock clock) {
    return new AdminAudit(log, clock);
  }

  @Bean
  OrgAdminAccess orgAdminAccess(OrgAdminTokens tokens, Clock clock) {
    return new OrgAdminAccess(tokens, clock);
  }

  @Bean
  FailedAdminLogins failedAdminLogins(Clock clock) {
    return new FailedAdminLogins(clock, FailedAdminLogins.MAX_SOURCES);
  }

  @Bean
  FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(
      AdminToken token, OrgAdminAccess orgTokens, FailedAdminLogins failures) {
    FilterRegistrationBean<AdminTokenFilter> registration =
        new FilterRegistrationBean<>(new AdminTokenFilter(token, orgTokens, failures));
    registration.addUrlPatterns("/api/admin/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** After the token check, so only an admin's body is read. */
  @Bean
  FilterRegistrationBean<AdminJsonBodyLimit> adminJsonBodyLimit() {
    FilterRegistrationBean<AdminJsonBodyLimit> registration =
        new FilterRegistrationBean<>(new AdminJsonBodyLimit());
    registration.addUrlPatterns("/api/admin/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AdminScopeInterceptor());
  }
}

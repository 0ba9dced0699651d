package dev.trellis.app.admin;

import dev.trellis.app.TrellisProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The admin API's token and the filter that checks it on every {@code /api/admin} request. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

  @Bean
  AdminToken adminToken(TrellisProperties properties) {
    return AdminToken.resolve(properties.admin().token(), properties.dataDir());
  }

  @Bean
  FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(AdminToken token) {
    FilterRegistrationBean<AdminTokenFilter> registration =
        new FilterRegistrationBean<>(new AdminTokenFilter(token));
    registration.addUrlPatterns("/api/admin/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}

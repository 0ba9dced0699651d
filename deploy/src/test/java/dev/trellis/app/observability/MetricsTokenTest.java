package dev.trellis.app.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.app.admin.AdminToken;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTokenTest {

  private static final String ADMIN = "the-admin-token-0123456789";

  @TempDir Path dataDir;

  @Test
  void blankKeepsMetricsClosed() {
    assertThat(MetricsToken.resolve("", admin())).isEmpty();
    assertThat(MetricsToken.resolve("  ", admin())).isEmpty();
    assertThat(MetricsToken.resolve(null, admin())).isEmpty();
  }

  @Test
  void itMatchesItselfOnly() {
    MetricsToken token = MetricsToken.resolve(" metrics-token-0123456789 ", admin()).orElseThrow();

    assertThat(token.matches("metrics-token-0123456789")).isTrue();
    assertThat(token.matches("metrics-token-012345678")).isFalse();
    assertThat(token.matches(ADMIN)).isFalse();
    assertThat(token.matches(null)).isFalse();
  }

  @Test
  void aShortTokenStopsStartUp() {
    assertThatThrownBy(() -> MetricsToken.resolve("short", admin()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("TRELLIS_METRICS_TOKEN is shorter than 16 characters");
  }

  @Test
  void theAdminTokenCannotBeTheMetricsToken() {
    assertThatThrownBy(() -> MetricsToken.resolve(ADMIN, admin()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("TRELLIS_METRICS_TOKEN is the admin token");
  }

  private AdminToken admin() {
    return AdminToken.resolve(ADMIN, dataDir);
  }
}

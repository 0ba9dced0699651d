package dev.trellis.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** The service's own settings ({@code trellis.*}); application.yml maps them to env variables. */
@ConfigurationProperties("trellis")
@Validated
public record TrellisProperties(
    @NotNull Path dataDir,
    @Valid @NotNull Mongodb mongodb,
    @Valid @NotNull Admin admin,
    @Valid @NotNull Outbox outbox,
    @Valid @NotNull Scheduling scheduling) {

  /** Where data lives: an external MongoDB when {@code uri} is set, else the embedded server. */
  public record Mongodb(String uri, @NotNull String database, @NotNull EmbeddedStorage embedded) {}

  /** How the embedded server keeps data: in a file under the data dir, or only in memory. */
  public enum EmbeddedStorage {
    FILE,
    MEMORY
  }

  /** The admin API: its bearer token (generated when blank) and the largest CSV it accepts. */
  public record Admin(String token, @NotNull DataSize importMaxSize) {}

  /** How the outbox sends: attempts, backoff, lease, and the per-org rate limit. */
  public record Outbox(
      @Min(1) int maxAttempts,
      @NotNull Duration firstBackoff,
      @NotNull Duration maxBackoff,
      @NotNull Duration lease,
      @Min(1) int batchSize,
      @Positive double perOrgPerSecond,
      @Min(1) int perOrgBurst) {}

  /** The clock: whether this instance runs the scheduled work, and how often it dispatches. */
  public record Scheduling(boolean enabled, @NotNull Duration dispatchInterval) {}
}

package dev.trellis.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
    @Valid @NotNull Scheduling scheduling,
    @Valid @NotNull Encryption encryption) {

  /** Where data lives: an external MongoDB when {@code uri} is set, else the embedded server. */
  public record Mongodb(String uri, @NotNull String database, @NotNull EmbeddedStorage embedded) {}

  /** How the embedded server keeps data: in a file under the data dir, or only in memory. */
  public enum EmbeddedStorage {
    FILE,
    MEMORY
  }

  /** The admin API: its bearer token (generated when blank) and the largest CSV it accepts. */
  public record Admin(String token, @NotNull DataSize importMaxSize) {}

  /**
   * How the outbox sends: attempts, backoff, a claim's lease and size, messages on their way at
   * once per org and per platform, and how long an instance holds an org's sending.
   */
  public record Outbox(
      @Min(1) int maxAttempts,
      @NotNull Duration firstBackoff,
      @NotNull Duration maxBackoff,
      @NotNull Duration lease,
      @Min(1) int batchSize,
      @Min(1) int perOrgConcurrency,
      @Min(1) int perPlatformConcurrency,
      @NotNull Duration orgLease) {}

  /**
   * The clock: whether this instance runs the scheduled work; how often it dispatches the outbox,
   * runs due steps and plans every org; how far ahead it plans; and how late a step may still go
   * out after downtime.
   */
  public record Scheduling(
      boolean enabled,
      @NotNull Duration dispatchInterval,
      @NotNull Duration stepInterval,
      @NotNull Duration planningInterval,
      @NotNull Duration planningHorizon,
      @NotNull Duration maxLateness) {

    public Scheduling {
      positive(dispatchInterval, "TRELLIS_DISPATCH_INTERVAL");
      positive(stepInterval, "TRELLIS_STEP_INTERVAL");
      positive(planningInterval, "TRELLIS_PLANNING_INTERVAL");
      positive(planningHorizon, "TRELLIS_PLANNING_HORIZON");
      if (maxLateness != null && maxLateness.isNegative()) {
        throw new IllegalArgumentException(
            "TRELLIS_MAX_LATENESS cannot be negative (it is "
                + maxLateness
                + "); 0 drops every late step");
      }
      if (planningInterval != null
          && planningHorizon != null
          && planningHorizon.compareTo(planningInterval) <= 0) {
        throw new IllegalArgumentException(
            "TRELLIS_PLANNING_HORIZON ("
                + planningHorizon
                + ") must be longer than TRELLIS_PLANNING_INTERVAL ("
                + planningInterval
                + "), or steps due between two planning runs are never planned");
      }
    }

    private static void positive(Duration value, String variable) {
      if (value != null && (value.isZero() || value.isNegative())) {
        throw new IllegalArgumentException(
            variable + " must be a positive duration such as 30s or 15m, not " + value);
      }
    }
  }

  /**
   * The key that encrypts reflection text at rest: the base64 of 32 bytes, or blank to use the one
   * generated into the data directory on first start.
   */
  public record Encryption(String key) {}
}

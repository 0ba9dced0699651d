package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.message.Platform;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * What waits in the outbox, by platform, as two gauges: {@code trellis.outbox.depth} (messages) and
 * {@code trellis.outbox.oldest.age} (seconds since the oldest of them was queued). A scrape reads
 * the figures of the last {@link #refresh()}, never the database, so a slow database never slows a
 * scrape; one refresh is one aggregate over the outbox, which holds only waiting messages (sent and
 * dead ones move to collections of their own).
 */
public final class MongoOutboxGauges {

  static final String DEPTH = "trellis.outbox.depth";
  static final String OLDEST_AGE = "trellis.outbox.oldest.age";

  /** A platform's figures at the last refresh. */
  record Waiting(long depth, double oldestAgeSeconds) {
    static final Waiting NONE = new Waiting(0, 0);
  }

  /**
   * The figures the gauges read, one set per JVM like the global registry the gauges live on: a
   * gauge registered again (a second service in one JVM, as in tests) is the one registered first,
   * so it must not read an instance that may be gone.
   */
  private static volatile Map<Platform, Waiting> waiting = Map.of();

  private final MongoCollection<Document> outbox;
  private final Clock clock;

  public MongoOutboxGauges(MongoDatabase db, Clock clock) {
    this.outbox = db.getCollection(MongoSchema.OUTBOX);
    this.clock = clock;
  }

  /** Registers the gauges of every platform on {@code registry}; registering again is harmless. */
  public static void register(MeterRegistry registry) {
    for (Platform platform : Platform.values()) {
      String tag = platform.name().toLowerCase(Locale.ROOT);
      Gauge.builder(DEPTH, () -> of(platform).depth())
          .tag("platform", tag)
          .description("Messages waiting in the outbox")
          .strongReference(true)
          .register(registry);
      Gauge.builder(OLDEST_AGE, () -> of(platform).oldestAgeSeconds())
          .tag("platform", tag)
          .description("Seconds since the oldest waiting message was queued")
          .baseUnit("seconds")
          .strongReference(true)
          .register(registry);
    }
  }

  /** Counts what waits, by platform, with the time the oldest of it was queued. */
  public void refresh() {
    Instant now = clock.instant();
    Map<Platform, Waiting> counted = new EnumMap<>(Platform.class);
    List<Document> pipeline =
        List.of(
            new Document(
                "$group",
                new Document("_id", "$recipient.platform")
                    .append("depth", new Document("$sum", 1))
                    .append("oldest", new Document("$min", "$createdAt"))));
    for (Document group : outbox.aggregate(pipeline)) {
      platformOf(group.get("_id"))
          .ifPresent(
              platform -> {
                Object oldest = group.get("oldest");
                double age =
                    oldest instanceof Date at
                        ? Math.max(0, Duration.between(at.toInstant(), now).toMillis() / 1000.0)
                        : 0;
                counted.put(
                    platform, new Waiting(group.get("depth", Number.class).longValue(), age));
              });
    }
    waiting = counted;
  }

  static Waiting of(Platform platform) {
    return waiting.getOrDefault(platform, Waiting.NONE);
  }

  private static Optional<Platform> platformOf(Object name) {
    for (Platform platform : Platform.values()) {
      if (platform.name().equals(name)) {
        return java.util.Optional.of(platform);
      }
    }
    return java.util.Optional.empty();
  }
}

package dev.trellis.core.outbox;

import static dev.trellis.core.outbox.OutboxTestData.ACME;
import static dev.trellis.core.outbox.OutboxTestData.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several senders on one database, and a sender that dies in the middle of a batch. */
class OutboxInstancesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OutboxSettings FAST =
      new OutboxSettings(
          5,
          Duration.ofSeconds(1),
          Duration.ofSeconds(10),
          Duration.ofMinutes(2),
          100,
          8,
          64,
          Duration.ofSeconds(30),
          Duration.ZERO);

  @Test
  void twoInstancesOnOneDatabaseNeverSendTheSameMessageTwice() throws Exception {
    int count = 2000;
    Instant now = Clock.systemUTC().instant();
    MongoOutbox writer = new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
    for (int i = 0; i < count; i++) {
      writer.enqueue(anEntry(ACME, "m" + i, now));
    }
    RecordingPlatform shared = new RecordingPlatform(Platform.SLACK);
    OutboxDispatcher one = instance("one", shared, Clock.systemUTC());
    OutboxDispatcher two = instance("two", shared, Clock.systemUTC());

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = pool.invokeAll(List.of(untilEmpty(one), untilEmpty(two)));
      int sentByOne = runs.get(0).get();
      int sentByTwo = runs.get(1).get();

      assertThat(sentByOne + sentByTwo).isEqualTo(count);
    } finally {
      pool.shutdownNow();
    }
    List<String> keys = keysReceived(shared);
    assertThat(keys).hasSize(count);
    assertThat(Set.copyOf(keys)).hasSize(count);
  }

  @Test
  void aSenderKilledMidBatchLosesNothingOnceAnotherTakesOver() {
    int count = 300;
    TestClock clock = new TestClock(Instant.parse("2026-11-20T14:00:00Z"));
    MongoOutbox writer = new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
    for (int i = 0; i < count; i++) {
      writer.enqueue(anEntry(ACME, "m" + i, clock.instant()));
    }
    RecordingPlatform platform = new RecordingPlatform(Platform.SLACK);
    // The process dies as it writes down the second hundred sent: the first hundred are recorded,
    // those sent since are not.
    AtomicInteger writes = new AtomicInteger();
    Outbox dying =
        new ForwardingOutbox(writer) {
          @Override
          public void markSent(String owner, List<Sent> sent) {
            if (writes.incrementAndGet() == 2) {
              throw new SimulatedCrash();
            }
            super.markSent(owner, sent);
          }

          @Override
          public List<OrgId> orgsWithDue(Instant now) {
            // A dead process looks for nothing more.
            return writes.get() >= 2 ? List.of() : super.orgsWithDue(now);
          }
        };

    OutboxDispatcher doomed = instance("doomed", dying, platform, clock);
    doomed.dispatchDue();
    doomed.stop(Duration.ZERO);
    int beforeRestart = platform.received().size();
    clock.advance(Duration.ofMinutes(3));
    OutboxDispatcher restarted = instance("restarted", platform, clock);
    restarted.dispatchDue();

    List<String> keys = keysReceived(platform);
    assertThat(beforeRestart).isBetween(200, 200 + FAST.perOrgConcurrency());
    assertThat(Set.copyOf(keys)).hasSize(count);
    assertThat(keys.size() - count)
        .as("messages sent again because the crash came before they were marked sent")
        .isLessThanOrEqualTo(100 + FAST.perOrgConcurrency());
    assertThat(writer.pending(ACME, 10)).isEmpty();
  }

  private static OutboxDispatcher instance(String owner, RecordingPlatform platform, Clock clock) {
    return instance(
        owner, new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32])), platform, clock);
  }

  private static OutboxDispatcher instance(
      String owner, Outbox outbox, RecordingPlatform platform, Clock clock) {
    return new OutboxDispatcher(
        outbox,
        List.of(platform),
        clock,
        owner,
        FAST,
        new SplittableRandom(owner.hashCode()),
        UnreachableRecipients.NONE,
        RecipientRoutes.AS_STORED,
        new MongoOrgSendingLeases(mongo.db()));
  }

  private static Callable<Integer> untilEmpty(OutboxDispatcher dispatcher) {
    return () -> {
      int sent = 0;
      int idle = 0;
      while (idle < 3) {
        DispatchReport report = dispatcher.dispatchDue();
        sent += report.sent();
        idle = report.claimed() == 0 ? idle + 1 : 0;
      }
      return sent;
    };
  }

  private static List<String> keysReceived(RecordingPlatform platform) {
    return platform.received().stream()
        .map(r -> r.recipient().personId().value())
        .collect(Collectors.toList());
  }

  private static final class SimulatedCrash extends Error {}
}

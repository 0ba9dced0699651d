package dev.trellis.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SentMarksTest {

  private static final OrgId ACME = new OrgId("acme");

  private final List<List<String>> writes = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
  private final CountDownLatch firstWriteStarted = new CountDownLatch(1);

  /** An outbox whose only working method records each markSent, the first one held open. */
  private final Outbox outbox =
      (Outbox)
          Proxy.newProxyInstance(
              Outbox.class.getClassLoader(),
              new Class<?>[] {Outbox.class},
              (proxy, method, args) -> {
                if (!method.getName().equals("markSent")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                @SuppressWarnings("unchecked")
                List<Outbox.Sent> sent = (List<Outbox.Sent>) args[1];
                boolean first = writes.isEmpty();
                writes.add(sent.stream().map(s -> s.key().value()).sorted().toList());
                if (first) {
                  firstWriteStarted.countDown();
                  firstWriteMayEnd.await(10, TimeUnit.SECONDS);
                }
                return null;
              });

  private final SentMarks marks = new SentMarks(outbox, "instance-a");

  @Test
  void marksArrivingDuringAWriteGoTogetherInTheNextAndEachReturnsOnlyOnceWritten()
      throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(6);
    try {
      Future<?> first = senders.submit(() -> marks.record(sent("m0")));
      assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
      List<Future<?>> others =
          List.of(1, 2, 3, 4, 5).stream()
              .<Future<?>>map(n -> senders.submit(() -> marks.record(sent("m" + n))))
              .toList();
      Thread.sleep(200);
      assertThat(first).isNotDone();
      assertThat(others).noneMatch(Future::isDone);

      firstWriteMayEnd.countDown();
      first.get(10, TimeUnit.SECONDS);
      for (Future<?> f : others) {
        f.get(10, TimeUnit.SECONDS);
      }

      assertThat(writes)
          .containsExactly(
              List.of("acme/m0"), List.of("acme/m1", "acme/m2", "acme/m3", "acme/m4", "acme/m5"));
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void aFailedWriteStillLetsTheSenderGoOn() {
    SentMarks failing =
        new SentMarks(
            (Outbox)
                Proxy.newProxyInstance(
                    Outbox.class.getClassLoader(),
                    new Class<?>[] {Outbox.class},
                    (proxy, method, args) -> {
                      throw new IllegalStateException("database gone");
                    }),
            "instance-a");

    failing.record(sent("m1"));
    failing.record(sent("m2"));
  }

  private static Outbox.Sent sent(String key) {
    return new Outbox.Sent(
        ACME,
        DedupeKey.of(ACME, key),
        new MessageRef(Platform.SLACK, "ts-" + key),
        Instant.parse("2026-12-08T04:00:00Z"));
  }
}

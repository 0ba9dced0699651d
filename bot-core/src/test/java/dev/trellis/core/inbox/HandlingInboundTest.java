package dev.trellis.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoInbox;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.message.Platform;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox on the embedded MongoDB: stored before handled, once per key, never lost. */
class HandlingInboundTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Executor SAME_THREAD = Runnable::run;
  static final Executor REJECTING =
      task -> {
        throw new RejectedExecutionException("full");
      };

  TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
  MongoInbox inbox;
  RecordingHandler slack = new RecordingHandler();

  @BeforeEach
  void setUp() {
    MongoSchema.ensureIndexes(mongo.db());
    inbox = new MongoInbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
  }

  @Test
  void aRequestIsStoredEncryptedHandledOnceAndItsRetryIsRecognised() {
    HandlingInbound handling = handling("one", SAME_THREAD);
    InboundRequest reply = request("Ev001", "I want to mentor new joiners");

    assertThat(handling.receive(reply)).isTrue();
    assertThat(handling.receive(reply)).as("Slack's retry of the same event").isFalse();

    assertThat(slack.payloads).containsExactly("I want to mentor new joiners");
    assertThat(mongo.db().getCollection("inbox").countDocuments()).isZero();
    assertThat(mongo.db().getCollection("inbox_done").find().first())
        .containsEntry("_id", "Ev001")
        .containsEntry("outcome", "handled");
  }

  @Test
  void thePayloadIsNeverStoredInClear() {
    HandlingInbound handling = handling("one", REJECTING);

    handling.receive(request("Ev002", "I want to mentor new joiners"));

    Document stored = mongo.db().getCollection("inbox").find().first();
    assertThat(stored.toJson()).doesNotContain("mentor");
    assertThat(slack.payloads).isEmpty();
  }

  @Test
  void aPayloadCopiedIntoAnotherRequestIsNeverHandedOutAndTheRequestIsFinishedAsUnreadable() {
    handling("one", REJECTING).receive(request("Ev010", "I want to mentor new joiners"));
    handling("one", REJECTING).receive(request("Ev011", "hello"));
    var raw = mongo.db().getCollection("inbox");
    String stored = raw.find(new Document("_id", "Ev010")).first().getString("payload");
    raw.updateOne(
        new Document("_id", "Ev011"), new Document("$set", new Document("payload", stored)));

    HandlingInbound.Report report = handling("one", SAME_THREAD).handleDue();

    assertThat(report.handled()).isEqualTo(1);
    assertThat(slack.payloads).containsExactly("I want to mentor new joiners");
    assertThat(mongo.db().getCollection("inbox_done").find(new Document("_id", "Ev011")).first())
        .containsEntry("outcome", "unreadable: its stored payload does not decrypt");
  }

  @Test
  void whatWasStoredButNotHandledBeforeACrashIsHandledByTheNextSweep() {
    handling("crashed", REJECTING).receive(request("Ev003", "hello"));

    HandlingInbound.Report report = handling("restarted", SAME_THREAD).handleDue();

    assertThat(report.handled()).isEqualTo(1);
    assertThat(slack.payloads).containsExactly("hello");
  }

  @Test
  void aBurstIsSharedByTheWorkersAndEachRequestIsHandledOnce() throws Exception {
    SlowHandler slow = new SlowHandler();
    HandlingInbound handling =
        new HandlingInbound(inbox, List.of(slow), clock, "one", Duration.ofSeconds(60), REJECTING);
    for (int i = 0; i < 40; i++) {
      handling.receive(request("Burst" + i, "hello " + i));
    }
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try {
      List<Callable<HandlingInbound.Report>> sweeps =
          Collections.nCopies(4, (Callable<HandlingInbound.Report>) handling::handleDue);
      int handled = 0;
      for (Future<HandlingInbound.Report> report : workers.invokeAll(sweeps)) {
        handled += report.get().handled();
      }

      assertThat(handled).isEqualTo(40);
      assertThat(slow.handledBy.keySet()).hasSize(40);
      assertThat(Set.copyOf(slow.handledBy.values()))
          .as("the workers that handled part of the burst")
          .hasSizeGreaterThan(1);
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void aReceivedRequestIsHandedToAWorkerByItsKeyWithoutWaitingForTheOthers() {
    List<Runnable> queued = new ArrayList<>();
    HandlingInbound handling =
        new HandlingInbound(
            inbox, List.of(slack), clock, "one", Duration.ofSeconds(60), queued::add);
    for (int i = 0; i < 5; i++) {
      handling.receive(request("Hand" + i, "hello " + i));
    }

    queued.get(3).run();

    assertThat(slack.payloads)
        .as("the worker handles the request it was given, not the oldest waiting")
        .containsExactly("hello 3");
    assertThat(mongo.db().getCollection("inbox").countDocuments()).isEqualTo(4);
  }

  @Test
  void aRequestASweepTookFirstIsNotHandledAgainByItsHandOff() {
    List<Runnable> queued = new ArrayList<>();
    HandlingInbound handling =
        new HandlingInbound(
            inbox, List.of(slack), clock, "one", Duration.ofSeconds(60), queued::add);
    handling.receive(request("Ev020", "hello"));

    assertThat(handling.handleDue().handled()).isEqualTo(1);
    queued.forEach(Runnable::run);

    assertThat(slack.payloads).containsExactly("hello");
  }

  @Test
  void aClaimWhoseHolderDiedComesDueAgainWhenItsLeaseEnds() {
    inbox.accept(request("Ev004", "hello"));
    assertThat(inbox.claim("dead", clock.instant(), clock.instant().plusSeconds(60), 10))
        .hasSize(1);
    HandlingInbound survivor = handling("alive", SAME_THREAD);

    assertThat(survivor.handleDue().handled()).isZero();
    clock.advance(Duration.ofSeconds(61));
    assertThat(survivor.handleDue().handled()).isEqualTo(1);
    assertThat(slack.payloads).containsExactly("hello");
  }

  @Test
  void aFailingRequestIsRetriedWithGrowingPausesAndThenGivenUp() {
    slack.failuresLeft = 100;
    HandlingInbound handling = handling("one", SAME_THREAD);
    handling.receive(request("Ev005", "hello"));

    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofSeconds(30));
      handling.handleDue();
    }

    assertThat(slack.calls).isEqualTo(HandlingInbound.MAX_ATTEMPTS);
    assertThat(mongo.db().getCollection("inbox_done").find().first().getString("outcome"))
        .isEqualTo("gave up: IllegalStateException");
    assertThat(handling.receive(request("Ev005", "hello"))).isFalse();
  }

  @Test
  void aRequestThatCanNeverSucceedIsFinishedAsIgnoredAtOnceWithoutRetries() {
    slack.unhandleable = true;
    HandlingInbound handling = handling("one", SAME_THREAD);
    handling.receive(request("Ev008", "hello"));

    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofSeconds(30));
      handling.handleDue();
    }

    assertThat(slack.calls).isEqualTo(1);
    assertThat(mongo.db().getCollection("inbox").countDocuments()).isZero();
    assertThat(mongo.db().getCollection("inbox_done").find().first().getString("outcome"))
        .isEqualTo("ignored: a button whose action id is not Trellis's");
  }

  @Test
  void aRequestThatFailsOnceIsHandledOnTheRetry() {
    slack.failuresLeft = 1;
    HandlingInbound handling = handling("one", SAME_THREAD);

    handling.receive(request("Ev006", "hello"));
    assertThat(slack.payloads).isEmpty();
    clock.advance(Duration.ofSeconds(2));
    handling.handleDue();

    assertThat(slack.payloads).containsExactly("hello");
  }

  @Test
  void finishedKeysAreForgottenAfterTheirTime() {
    handling("one", SAME_THREAD).receive(request("Ev007", "hello"));
    clock.advance(Duration.ofDays(2));

    assertThat(inbox.forgetFinishedBefore(clock.instant().minus(Duration.ofDays(1)))).isEqualTo(1);
    assertThat(mongo.db().getCollection("inbox_done").countDocuments()).isZero();
  }

  @Test
  void aRequestWhoseWorkIsDoneComesBackWithItsEncryptedAnswerAndIsNeverWorkedOnAgain() {
    AnsweringHandler answering = new AnsweringHandler(inbox);
    HandlingInbound handling =
        new HandlingInbound(
            inbox, List.of(answering), clock, "one", Duration.ofSeconds(60), SAME_THREAD);

    handling.receive(request("Ev020", "/buddy propose tomorrow 15:00"));
    Document waiting = mongo.db().getCollection("inbox").find().first();
    assertThat(waiting.toJson()).doesNotContain("Proposed");
    clock.advance(Duration.ofMinutes(1));
    handling.handleDue();

    assertThat(answering.worked).containsExactly("/buddy propose tomorrow 15:00");
    assertThat(answering.delivered)
        .containsExactly("Proposed Wed at 15:00", "Proposed Wed at 15:00");
    assertThat(mongo.db().getCollection("inbox_done").find().first())
        .containsEntry("outcome", "handled");
  }

  private HandlingInbound handling(String owner, Executor workers) {
    return new HandlingInbound(
        inbox, List.of(slack), clock, owner, Duration.ofSeconds(60), workers);
  }

  private InboundRequest request(String key, String payload) {
    return InboundRequest.fresh(key, Platform.SLACK, "event", payload, clock.instant());
  }

  /** Works once, keeps its answer in the inbox, and fails the first delivery. */
  static final class AnsweringHandler implements InboundHandler {
    final Inbox inbox;
    final List<String> worked = new ArrayList<>();
    final List<String> delivered = new ArrayList<>();

    AnsweringHandler(Inbox inbox) {
      this.inbox = inbox;
    }

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public void handle(InboundRequest request) {
      String answer = request.answer().orElse(null);
      if (answer == null) {
        worked.add(request.payload());
        answer = "Proposed Wed at 15:00";
        inbox.workDone(request, answer);
      }
      delivered.add(answer);
      if (delivered.size() == 1) {
        throw new IllegalStateException("the response URL answered 500");
      }
    }
  }

  /** Takes a while per request and notes which thread handled it. */
  static final class SlowHandler implements InboundHandler {
    final Map<String, String> handledBy = new ConcurrentHashMap<>();

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public void handle(InboundRequest request) throws InterruptedException {
      Thread.sleep(10);
      if (handledBy.putIfAbsent(request.key(), Thread.currentThread().getName()) != null) {
        throw new AssertionError("handled twice: " + request.key());
      }
    }
  }

  static final class RecordingHandler implements InboundHandler {
    final List<String> payloads = new ArrayList<>();
    int failuresLeft;
    boolean unhandleable;
    int calls;

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public void handle(InboundRequest request) {
      calls++;
      if (unhandleable) {
        throw new UnhandleableRequest("a button whose action id is not Trellis's");
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("Slack said no");
      }
      payloads.add(request.payload());
    }
  }
}

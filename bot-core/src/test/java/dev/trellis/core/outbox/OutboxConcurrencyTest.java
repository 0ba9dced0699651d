package dev.trellis.core.outbox;

import static dev.trellis.core.outbox.OutboxTestData.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending at a platform's pace: several messages on their way at once, within bounds. */
class OutboxConcurrencyTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OutboxSettings PACED =
      new OutboxSettings(
          3,
          Duration.ofSeconds(10),
          Duration.ofMinutes(10),
          Duration.ofMinutes(2),
          500,
          8,
          64,
          Duration.ofSeconds(30),
          Duration.ofSeconds(3));

  final Clock clock = Clock.systemUTC();
  MongoOutbox outbox;

  @BeforeEach
  void given() {
    outbox = new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
  }

  @Test
  void anOrgsMessagesGoSeveralAtOnceUpToItsLimit() {
    SlowPlatform slack = new SlowPlatform(Platform.SLACK, Duration.ofMillis(100));
    enqueue(ACME, 40);

    DispatchReport report = instance("one", PACED, slack, outbox).dispatchDue();

    assertThat(report.sent()).isEqualTo(40);
    assertThat(slack.received()).hasSize(40);
    assertThat(slack.mostAtOnce()).isBetween(4, PACED.perOrgConcurrency());
  }

  @Test
  void messagesOfOnePlatformOnTheirWayAtOnceAreBoundedAcrossOrgs() {
    SlowPlatform slack = new SlowPlatform(Platform.SLACK, Duration.ofMillis(50));
    for (int org = 0; org < 5; org++) {
      enqueue(new OrgId("org" + org), 10);
    }
    OutboxSettings fourPerPlatform =
        new OutboxSettings(
            3,
            Duration.ofSeconds(10),
            Duration.ofMinutes(10),
            Duration.ofMinutes(2),
            500,
            8,
            4,
            Duration.ofSeconds(30),
            Duration.ofSeconds(3));

    instance("one", fourPerPlatform, slack, outbox).dispatchDue();

    assertThat(slack.received()).hasSize(50);
    assertThat(slack.mostAtOnce()).isBetween(2, 4);
  }

  @Test
  void onePersonsMessagesGoOneAtATimeInTheOrderTheyWereQueued() {
    SlowPlatform slack = new SlowPlatform(Platform.SLACK, Duration.ofMillis(20));
    Recipient ann = new Recipient(ACME, new PersonId("ann"), Platform.SLACK, "U0ANN0001");
    Instant now = clock.instant();
    for (int i = 0; i < 10; i++) {
      outbox.enqueue(
          OutboxEntry.fresh(
              DedupeKey.of(ACME, "ann-" + i),
              ann,
              OutboundMessage.builder("message " + i).build(),
              now.plusMillis(i)));
    }

    instance("one", PACED, slack, outbox).dispatchDue();

    assertThat(slack.mostAtOnce()).isEqualTo(1);
    assertThat(slack.received())
        .containsExactly(
            "ann: message 0",
            "ann: message 1",
            "ann: message 2",
            "ann: message 3",
            "ann: message 4",
            "ann: message 5",
            "ann: message 6",
            "ann: message 7",
            "ann: message 8",
            "ann: message 9");
  }

  @Test
  void aClaimTakesAtMostTheBatchSize() {
    SlowPlatform slack = new SlowPlatform(Platform.SLACK, Duration.ofMillis(1));
    enqueue(ACME, 25);
    List<Integer> claims = new CopyOnWriteArrayList<>();
    Outbox counting =
        new ForwardingOutbox(outbox) {
          @Override
          public List<OutboxEntry> claimDue(
              OrgId orgId, String owner, Instant now, Instant leaseUntil, int limit) {
            List<OutboxEntry> claimed = super.claimDue(orgId, owner, now, leaseUntil, limit);
            claims.add(claimed.size());
            return claimed;
          }
        };
    OutboxSettings batchesOfTen =
        new OutboxSettings(
            3,
            Duration.ofSeconds(10),
            Duration.ofMinutes(10),
            Duration.ofMinutes(2),
            10,
            8,
            64,
            Duration.ofSeconds(30),
            Duration.ofSeconds(3));

    instance("one", batchesOfTen, slack, counting).dispatchDue();

    assertThat(slack.received()).hasSize(25);
    assertThat(claims).containsExactly(10, 10, 5, 0);
  }

  @Test
  void stoppingFinishesWhatIsOnItsWayAndLeavesTheRestToAnotherInstanceAtOnce() throws Exception {
    SlowPlatform slack = new SlowPlatform(Platform.SLACK, Duration.ofMillis(200));
    enqueue(ACME, 20);
    OutboxSettings twoAtATime =
        new OutboxSettings(
            3,
            Duration.ofSeconds(10),
            Duration.ofMinutes(10),
            Duration.ofMinutes(2),
            500,
            2,
            64,
            Duration.ofSeconds(30),
            Duration.ofSeconds(3));
    OutboxDispatcher stopping = instance("stopping", twoAtATime, slack, outbox);

    stopping.startDue();
    Thread.sleep(300);
    stopping.stop(Duration.ofSeconds(5));

    int sentBeforeStop = slack.received().size();
    assertThat(sentBeforeStop).isBetween(2, 6);
    assertThat(outbox.pending(ACME, 100))
        .hasSize(20 - sentBeforeStop)
        .allSatisfy(e -> assertThat(e.nextAttemptAt()).isBeforeOrEqualTo(clock.instant()));

    instance("next", twoAtATime, slack, outbox).dispatchDue();

    assertThat(slack.received()).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void twoInstancesShareTheOrgsAndEachOrgIsSentByOneOfThem() throws Exception {
    for (int org = 0; org < 10; org++) {
      enqueue(new OrgId("org" + org), 10);
    }
    MongoOrgSendingLeases leases = new MongoOrgSendingLeases(mongo.db());
    leases.sendersAlive("one", clock.instant(), Duration.ofSeconds(30));
    leases.sendersAlive("two", clock.instant(), Duration.ofSeconds(30));
    RecordingPlatform atOne = new RecordingPlatform(Platform.SLACK);
    RecordingPlatform atTwo = new RecordingPlatform(Platform.SLACK);
    OutboxDispatcher one = instance("one", PACED, atOne, outbox);
    OutboxDispatcher two = instance("two", PACED, atTwo, outbox);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DispatchReport>> runs =
          pool.invokeAll(List.of(one::dispatchDue, two::dispatchDue));
      for (Future<DispatchReport> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }

    Set<OrgId> byOne = orgsOf(atOne);
    Set<OrgId> byTwo = orgsOf(atTwo);
    assertThat(byOne).isNotEmpty().doesNotContainAnyElementsOf(byTwo);
    assertThat(byTwo).isNotEmpty();
    assertThat(atOne.received().size() + atTwo.received().size()).isEqualTo(100);
  }

  private static Set<OrgId> orgsOf(RecordingPlatform platform) {
    Set<OrgId> orgs = new HashSet<>();
    platform.received().forEach(r -> orgs.add(r.recipient().orgId()));
    return orgs;
  }

  private void enqueue(OrgId org, int count) {
    Instant now = clock.instant();
    List<OutboxEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(OutboxTestData.anEntry(org, org.value() + "-" + i, now.plusMillis(i)));
    }
    outbox.enqueueAll(entries);
  }

  private OutboxDispatcher instance(
      String owner, OutboxSettings settings, ChatPlatform platform, Outbox store) {
    return new OutboxDispatcher(
        store,
        List.of(platform),
        clock,
        owner,
        settings,
        new SplittableRandom(3),
        UnreachableRecipients.NONE,
        RecipientRoutes.AS_STORED,
        new MongoOrgSendingLeases(mongo.db()));
  }
}

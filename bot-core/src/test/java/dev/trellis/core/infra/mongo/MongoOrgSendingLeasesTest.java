package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOrgSendingLeasesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(30);

  MongoOrgSendingLeases leases;

  @BeforeEach
  void given() {
    leases = new MongoOrgSendingLeases(mongo.db());
  }

  @Test
  void oneInstanceHoldsAnOrgUntilItsLeaseRunsOutAndMayRenewIt() {
    assertThat(leases.hold(ACME, "one", NOW, NOW.plus(LEASE))).isTrue();

    assertThat(leases.hold(ACME, "two", NOW.plusSeconds(10), NOW.plusSeconds(40))).isFalse();
    assertThat(leases.hold(ACME, "one", NOW.plusSeconds(10), NOW.plusSeconds(40))).isTrue();
    assertThat(leases.hold(ACME, "two", NOW.plusSeconds(39), NOW.plusSeconds(69))).isFalse();
    assertThat(leases.hold(ACME, "two", NOW.plusSeconds(40), NOW.plusSeconds(70))).isTrue();
    assertThat(leases.hold(new OrgId("globex"), "one", NOW, NOW.plus(LEASE))).isTrue();
  }

  @Test
  void aReleasedLeaseIsFreeAtOnceOrOnlyFromTheTimeItWasHeldUntil() {
    leases.hold(ACME, "one", NOW, NOW.plus(LEASE));
    leases.release(ACME, "one", NOW, NOW);
    assertThat(leases.hold(ACME, "two", NOW, NOW.plus(LEASE))).isTrue();

    leases.release(ACME, "two", NOW, NOW.plusSeconds(60));
    assertThat(leases.hold(ACME, "two", NOW.plusSeconds(59), NOW.plusSeconds(89))).isFalse();
    assertThat(leases.hold(ACME, "one", NOW.plusSeconds(59), NOW.plusSeconds(89))).isFalse();
    assertThat(leases.hold(ACME, "one", NOW.plusSeconds(60), NOW.plusSeconds(90))).isTrue();
  }

  @Test
  void anotherInstancesReleaseDoesNotFreeALeaseItDoesNotHold() {
    leases.hold(ACME, "one", NOW, NOW.plus(LEASE));

    leases.release(ACME, "two", NOW, NOW);

    assertThat(leases.hold(ACME, "two", NOW.plusSeconds(1), NOW.plusSeconds(31))).isFalse();
  }

  @Test
  void heldCountsTheLeasesTakenAndNotRunOutNorGivenUp() {
    leases.hold(ACME, "one", NOW, NOW.plus(LEASE));
    leases.hold(new OrgId("globex"), "two", NOW, NOW.plus(LEASE));
    leases.hold(new OrgId("initech"), "two", NOW, NOW.plus(LEASE));
    leases.release(new OrgId("initech"), "two", NOW, NOW.plusSeconds(60));

    assertThat(leases.held(NOW.plusSeconds(1))).isEqualTo(2);
    assertThat(leases.held(NOW.plusSeconds(30))).isZero();
  }

  @Test
  void sendersAliveCountsThoseSeenWithinTheTimeGiven() {
    assertThat(leases.sendersAlive("one", NOW, LEASE)).isEqualTo(1);
    assertThat(leases.sendersAlive("two", NOW.plusSeconds(10), LEASE)).isEqualTo(2);
    assertThat(leases.sendersAlive("two", NOW.plusSeconds(35), LEASE)).isEqualTo(1);
  }
}

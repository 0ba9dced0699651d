package dev.trellis.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AvailabilityPropertiesTest {

  private static final Duration REACH = Duration.ofDays(3);

  @Property(tries = 300)
  void theNextSendableInstantIsSendableAndNothingEarlierIs(@ForAll("cases") Case given) {
    Instant t = given.at();

    Optional<Instant> next = given.availability().nextSendable(t, t.plus(REACH));

    Instant searchedUpTo = next.orElse(t.plus(REACH).plusNanos(1));
    next.ifPresent(
        found -> {
          assertThat(found).isAfterOrEqualTo(t);
          assertThat(given.availability().isSendable(found)).isTrue();
        });
    if (!searchedUpTo.equals(t)) {
      assertThat(given.availability().isSendable(t)).isFalse();
    }
    for (Instant m = nextWholeMinute(t); m.isBefore(searchedUpTo); m = m.plusSeconds(60)) {
      assertThat(given.availability().isSendable(m)).as("sendable earlier at %s", m).isFalse();
    }
  }

  @Property(tries = 300)
  void theLatestSendableInstantIsSendableAndNothingLaterIs(@ForAll("cases") Case given) {
    Instant t = given.at();

    Optional<Instant> latest = given.availability().latestSendable(t, t.minus(REACH));

    latest.ifPresent(
        found -> {
          assertThat(found).isBeforeOrEqualTo(t);
          assertThat(given.availability().isSendable(found)).isTrue();
        });
    if (latest.filter(t::equals).isEmpty()) {
      Instant from = latest.map(f -> f.plusSeconds(60)).orElse(t.minus(REACH));
      for (Instant m = nextWholeMinute(from); !m.isAfter(t); m = m.plusSeconds(60)) {
        assertThat(given.availability().isSendable(m)).as("sendable later at %s", m).isFalse();
      }
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return ScheduleArbitraries.windows()
        .flatMap(
            w -> ScheduleArbitraries.availabilitiesNear(w.from()).map(a -> new Case(a, w.from())));
  }

  private static Instant nextWholeMinute(Instant t) {
    Instant truncated = t.truncatedTo(ChronoUnit.MINUTES);
    return truncated.equals(t) ? t : truncated.plusSeconds(60);
  }

  record Case(Availability availability, Instant at) {}
}

package dev.trellis.core.schedule;

import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.org.ProtectedSlot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The org's protected slot is no sendable time, in each person's own zone, except for its own
 * reminder.
 */
class ProtectedSlotAvailabilityTest {

  static final TimeOff FRIDAY_AFTERNOONS =
      new TimeOff(Set.of(), Optional.of(new ProtectedSlot("FRI", "13:00", "17:00")));

  final Person berlin = aPerson().withTimeZone("Europe/Berlin").build();
  final Person newYork = aPerson().withTimeZone("America/New_York").build();

  @Test
  void theSlotIsNoSendableTimeInThePersonsOwnZoneFromItsStartToItsEnd() {
    Availability availability = Availability.of(berlin, FRIDAY_AFTERNOONS, Optional.empty());

    assertThat(availability.isSendable(at(berlin, "2026-12-04T12:59"))).isTrue();
    assertThat(availability.isSendable(at(berlin, "2026-12-04T13:00"))).isFalse();
    assertThat(availability.isSendable(at(berlin, "2026-12-04T16:59"))).isFalse();
    assertThat(availability.isSendable(at(berlin, "2026-12-04T17:00"))).isTrue();
    assertThat(availability.isSendable(at(berlin, "2026-12-03T14:00"))).as("Thursday").isTrue();
    assertThat(
            Availability.of(newYork, FRIDAY_AFTERNOONS, Optional.empty())
                .isSendable(at(berlin, "2026-12-04T14:00")))
        .as("08:00 in New York")
        .isTrue();
  }

  @Test
  void whatWouldFallInTheSlotWaitsForItsEndAndTheLatestBeforeItIsJustBefore() {
    Availability availability = Availability.of(berlin, FRIDAY_AFTERNOONS, Optional.empty());

    assertThat(availability.nextSendableAtOrAfter(at(berlin, "2026-12-04T15:00")))
        .contains(at(berlin, "2026-12-04T17:00"));
    assertThat(
            availability.latestSendable(
                at(berlin, "2026-12-04T15:00"), at(berlin, "2026-12-04T08:00")))
        .contains(at(berlin, "2026-12-04T12:59"));
    assertThat(availability.withoutProtectedSlot().isSendable(at(berlin, "2026-12-04T13:00")))
        .isTrue();
  }

  private static Instant at(Person person, String local) {
    return LocalDateTime.parse(local).atZone(ZoneId.of(person.timeZone().getId())).toInstant();
  }
}

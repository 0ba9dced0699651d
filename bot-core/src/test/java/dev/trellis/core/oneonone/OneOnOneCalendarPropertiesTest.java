package dev.trellis.core.oneonone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.ScheduleArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OneOnOneCalendarPropertiesTest {

  @Property(tries = 500)
  void everyOccurrenceStartsInTheWindowOnTheWeekdayAtTheLocalTimeOrJustAfterAGap(
      @ForAll("cases") Case given) {
    OneOnOne oneOnOne = given.oneOnOne();

    List<Occurrence> occurrences = new OneOnOneCalendar(oneOnOne).occurrencesIn(given.window());

    for (Occurrence o : occurrences) {
      assertThat(given.window().contains(o.start())).isTrue();
      assertThat(o.date()).isAfterOrEqualTo(oneOnOne.firstDate());
      assertThat(o.date().getDayOfWeek()).isEqualTo(oneOnOne.weekday());
      assertThat(Duration.between(o.start(), o.end())).isEqualTo(oneOnOne.duration());
      LocalDateTime wanted = o.date().atTime(oneOnOne.startTime());
      ZonedDateTime actual = o.start().atZone(oneOnOne.timeZone());
      Optional<ZoneOffsetTransition> transition =
          Optional.ofNullable(oneOnOne.timeZone().getRules().getTransition(wanted));
      if (transition.filter(ZoneOffsetTransition::isGap).isPresent()) {
        assertThat(actual.toLocalDateTime()).isEqualTo(wanted.plus(transition.get().getDuration()));
      } else {
        assertThat(actual.toLocalDateTime()).isEqualTo(wanted);
        transition.ifPresent(
            overlap -> assertThat(actual.getOffset()).isEqualTo(overlap.getOffsetBefore()));
      }
    }
  }

  @Property(tries = 500)
  void consecutiveOccurrencesFollowTheCadence(@ForAll("cases") Case given) {
    OneOnOne oneOnOne = given.oneOnOne();

    List<Occurrence> occurrences = new OneOnOneCalendar(oneOnOne).occurrencesIn(given.window());

    for (int i = 1; i < occurrences.size(); i++) {
      LocalDate previous = occurrences.get(i - 1).date();
      LocalDate current = occurrences.get(i).date();
      if (oneOnOne.cadence() == Cadence.MONTHLY) {
        assertThat(ChronoUnit.MONTHS.between(previous.withDayOfMonth(1), current.withDayOfMonth(1)))
            .isEqualTo(1);
        int firstOrdinal = OccurrenceDates.ordinalInMonth(oneOnOne.firstDate());
        if (firstOrdinal <= 4) {
          assertThat(OccurrenceDates.ordinalInMonth(current)).isEqualTo(firstOrdinal);
        } else {
          assertThat(current.plusWeeks(1).getMonth()).isNotEqualTo(current.getMonth());
        }
      } else {
        int days = oneOnOne.cadence() == Cadence.WEEKLY ? 7 : 14;
        assertThat(ChronoUnit.DAYS.between(previous, current)).isEqualTo(days);
      }
    }
  }

  @Property(tries = 300)
  void twoAdjacentWindowsListExactlyWhatTheirUnionLists(@ForAll("cases") Case given) {
    PlanningWindow w = given.window();
    Instant cut = w.from().plus(Duration.between(w.from(), w.to()).dividedBy(3));
    OneOnOneCalendar calendar = new OneOnOneCalendar(given.oneOnOne());

    List<Occurrence> inParts =
        new ArrayList<>(calendar.occurrencesIn(new PlanningWindow(w.from(), cut)));
    inParts.addAll(calendar.occurrencesIn(new PlanningWindow(cut, w.to())));

    assertThat(inParts).isEqualTo(calendar.occurrencesIn(w));
  }

  @Provide
  Arbitrary<Case> cases() {
    return ScheduleArbitraries.windows()
        .flatMap(w -> ScheduleArbitraries.oneOnOnesNear(w.from()).map(o -> new Case(o, w)));
  }

  record Case(OneOnOne oneOnOne, PlanningWindow window) {}
}

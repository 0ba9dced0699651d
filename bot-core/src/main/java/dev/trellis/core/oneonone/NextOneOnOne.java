package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.HomeSection;
import dev.trellis.core.message.Field;
import dev.trellis.core.schedule.PlanningWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The person's next 1:1 on their home view, within the next two months. */
final class NextOneOnOne implements HomeSection {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
  private static final Duration LOOK_AHEAD = Duration.ofDays(62);

  private final OneOnOnes oneOnOnes;
  private final People people;

  NextOneOnOne(OneOnOnes oneOnOnes, People people) {
    this.oneOnOnes = oneOnOnes;
    this.people = people;
  }

  @Override
  public List<Field> fields(Person person, Instant now) {
    return List.of(new Field("Next 1:1", next(person, now)));
  }

  private String next(Person person, Instant now) {
    PlanningWindow ahead = PlanningWindow.between(now, now.plus(LOOK_AHEAD));
    Optional<Next> next =
        oneOnOnes.findAll(person.orgId()).stream()
            .filter(o -> o.managerId().equals(person.id()) || o.reportId().equals(person.id()))
            .flatMap(
                o ->
                    new OneOnOneCalendar(o)
                        .occurrencesIn(ahead).stream()
                            .filter(occurrence -> occurrence.start().isAfter(now))
                            .map(occurrence -> new Next(o, occurrence)))
            .min(Comparator.comparing(n -> n.occurrence().start()));
    if (next.isEmpty()) {
      return "None planned";
    }
    OneOnOne o = next.get().oneOnOne();
    PersonId other = o.managerId().equals(person.id()) ? o.reportId() : o.managerId();
    String name =
        people.findByIds(person.orgId(), List.of(other)).stream()
            .map(Person::name)
            .findFirst()
            .orElse("someone");
    ZonedDateTime start = next.get().occurrence().start().atZone(person.timeZone());
    return WHEN.format(start) + " with " + name;
  }

  private record Next(OneOnOne oneOnOne, Occurrence occurrence) {}
}

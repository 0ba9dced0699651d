package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code 1on1 list}: the person's recurring 1:1s, as a manager or as a report. */
final class ListingOneOnOnes {

  private final OneOnOnes oneOnOnes;
  private final People people;

  ListingOneOnOnes(OneOnOnes oneOnOnes, People people) {
    this.oneOnOnes = oneOnOnes;
    this.people = people;
  }

  Response list(Person person) {
    List<OneOnOne> mine =
        oneOnOnes.findAll(person.orgId()).stream()
            .filter(o -> o.managerId().equals(person.id()) || o.reportId().equals(person.id()))
            .toList();
    if (mine.isEmpty()) {
      return Response.say("You have no recurring 1:1s in Trellis.");
    }
    Map<PersonId, String> names = new HashMap<>();
    people
        .findByIds(
            person.orgId(),
            mine.stream().flatMap(o -> List.of(o.managerId(), o.reportId()).stream()).toList())
        .forEach(p -> names.put(p.id(), p.name()));
    OutboundMessage.Builder message = OutboundMessage.builder("Your recurring 1:1s");
    for (OneOnOne o : mine) {
      PersonId other = o.managerId().equals(person.id()) ? o.reportId() : o.managerId();
      message.field(
          names.getOrDefault(other, "someone"),
          o.cadence().name().toLowerCase(Locale.ROOT)
              + " on "
              + o.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " at "
              + o.startTime()
              + " ("
              + o.timeZone().getId()
              + "), "
              + o.duration().toMinutes()
              + " min");
    }
    return new Response.Reply(message.build(), false);
  }
}

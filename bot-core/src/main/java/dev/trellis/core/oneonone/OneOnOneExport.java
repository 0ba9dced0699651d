package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.ExportedPeople;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The person's 1:1s in their export (with whom, their role in it, when) and the outcomes of the
 * last 15 minutes they pressed themselves; what the other person pressed is theirs.
 */
final class OneOnOneExport implements PersonalExport {

  private final OneOnOnes oneOnOnes;
  private final OneOnOneOutcomes outcomes;
  private final People people;

  OneOnOneExport(OneOnOnes oneOnOnes, OneOnOneOutcomes outcomes, People people) {
    this.oneOnOnes = oneOnOnes;
    this.outcomes = outcomes;
    this.people = people;
  }

  @Override
  public String section() {
    return "oneOnOnes";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    List<OneOnOne> mine =
        oneOnOnes.findAll(orgId).stream()
            .filter(o -> o.managerId().equals(personId) || o.reportId().equals(personId))
            .toList();
    ExportedPeople named =
        ExportedPeople.of(
            people,
            orgId,
            mine.stream()
                .flatMap(o -> Stream.of(o.managerId(), o.reportId()))
                .filter(id -> !id.equals(personId))
                .distinct()
                .toList());
    List<Object> meetings =
        mine.stream()
            .map(
                o -> {
                  boolean manager = o.managerId().equals(personId);
                  return (Object)
                      ExportObject.of()
                          .put("id", o.id().value())
                          .put("with", named.named(manager ? o.reportId() : o.managerId()))
                          .put("youAre", manager ? "manager" : "report")
                          .put("cadence", o.cadence())
                          .put("weekday", o.weekday())
                          .put("startTime", o.startTime())
                          .put("minutes", o.duration().toMinutes())
                          .put("timeZone", o.timeZone().getId())
                          .put("firstDate", o.firstDate())
                          .toMap();
                })
            .toList();
    List<Object> pressed =
        outcomes.recordedBy(orgId, personId).stream()
            .map(
                o ->
                    (Object)
                        ExportObject.of()
                            .put("oneOnOneId", o.oneOnOneId().value())
                            .put("date", o.date())
                            .put("outcome", o.outcome())
                            .put("recordedAt", o.recordedAt())
                            .toMap())
            .toList();
    return ExportObject.of().put("meetings", meetings).put("outcomesYouRecorded", pressed).toMap();
  }
}

package dev.trellis.core.reflection;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.ExportedPeople;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.util.Comparator;
import java.util.List;

/**
 * The person's answers in their export, oldest first: reflections and the takeaways after 1:1s,
 * with whom each was shared and when. What others shared with them is theirs, not in it.
 */
final class ReflectionExport implements PersonalExport {

  private final Reflections reflections;
  private final People people;

  ReflectionExport(Reflections reflections, People people) {
    this.reflections = reflections;
    this.people = people;
  }

  @Override
  public String section() {
    return "reflections";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    List<Reflection> all =
        reflections.history(orgId, personId, Integer.MAX_VALUE).stream()
            .sorted(Comparator.comparing(Reflection::answeredAt))
            .toList();
    ExportedPeople named =
        ExportedPeople.of(
            people,
            orgId,
            all.stream().flatMap(r -> r.shares().stream()).map(Share::with).distinct().toList());
    return all.stream()
        .map(
            r ->
                ExportObject.of()
                    .put("kind", r.kind() == PromptKind.REFLECTION ? "reflection" : "takeaway")
                    .put("question", r.question())
                    .put("answer", r.answer())
                    .put("nextStep", r.nextStep())
                    .put("answeredAt", r.answeredAt())
                    .put("editedAt", r.editedAt())
                    .put(
                        "sharedWith",
                        r.shares().stream()
                            .map(
                                s ->
                                    ExportObject.of()
                                        .put("person", named.named(s.with()))
                                        .put("at", s.at())
                                        .toMap())
                            .toList())
                    .toMap())
        .toList();
  }
}

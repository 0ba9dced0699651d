package dev.trellis.core.export;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds a person's whole export ({@code my-data}, the admin export): one JSON object with the
 * format, its version, when and of which org, then each registered feature's section under its key.
 */
public final class PersonalDataExport {

  public static final String FORMAT = "trellis-export";
  public static final int VERSION = 1;

  private static final List<String> CORE = List.of("profile", "settings");

  private final Supplier<List<PersonalExport>> sections;
  private final Clock clock;

  /** {@code sections}: read when exporting, as the routes are filled after the features start. */
  public PersonalDataExport(Supplier<List<PersonalExport>> sections, Clock clock) {
    this.sections = sections;
    this.clock = clock;
  }

  /** The export as JSON values, for a caller that writes JSON itself. */
  public Map<String, Object> of(OrgId orgId, PersonId personId) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("version", VERSION);
    document.put("exportedAt", clock.instant().toString());
    document.put("org", orgId.value());
    List<PersonalExport> all = sections.get();
    // Who the person is and what they chose come first, then each feature in its order.
    all.stream()
        .filter(s -> CORE.contains(s.section()))
        .forEach(s -> document.put(s.section(), s.export(orgId, personId)));
    all.stream()
        .filter(s -> !CORE.contains(s.section()))
        .forEach(s -> document.put(s.section(), s.export(orgId, personId)));
    return document;
  }

  /** The export as JSON text. */
  public String json(OrgId orgId, PersonId personId) {
    return JsonWriter.write(of(orgId, personId));
  }
}

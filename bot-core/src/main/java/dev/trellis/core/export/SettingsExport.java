package dev.trellis.core.export;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;

/** What the person chose for themselves: their prompt cadence, a pause, their platform. */
final class SettingsExport implements PersonalExport {

  private final PeopleSettings settings;

  SettingsExport(PeopleSettings settings) {
    this.settings = settings;
  }

  @Override
  public String section() {
    return "settings";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    PersonSettings s = settings.find(orgId, personId);
    return ExportObject.of()
        .put(
            "reflectionCadence",
            ExportObject.of()
                .put("everyNWeeks", s.cadence().everyNWeeks())
                .put("weekday", s.cadence().weekday())
                .put("localTime", s.cadence().localTime()))
        .put("pausedUntil", s.pausedUntil())
        .put("platform", s.platform().map(Platform::name).map(String::toLowerCase).orElse("auto"))
        .toMap();
  }
}

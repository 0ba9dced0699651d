package dev.trellis.core.devtime;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.CommandWord;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.HelpTopic;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettingsStore;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Development time: company time for one's own development, logged against the org's monthly budget
 * ({@code devtime log 90m Read the docs}), private to the person unless they share their totals
 * with their current manager ({@link DevTimeInAgenda}); a reminder near the end of a month when
 * less than half is used and one at the start of the org's protected slot ({@link DevTimeSteps});
 * admins see only aggregates ({@link DevTimeReport}).
 */
public final class DevTimeFeature implements Feature {

  /** Where the summary shows on the home view: after the career map. */
  public static final int HOME_PLACE = 47;

  static final String HELP =
      """
      Development time: company time for your own growth. Only you see what you log.

      /trellis devtime log 90m Read the Kubernetes docs  log time (90m, 1h30, 2h, 1h 30m; up to \
      300 characters of what you did)
      /trellis devtime log 1h Workshop --goal 1 --on yesterday  link one of your goals, name an \
      earlier day of this month or the last (--on 2026-12-03)
      /trellis devtime  this month: used, left of your budget, your entries
      /trellis devtime undo  removes the last entry you logged
      /trellis devtime history  your months, used against the budget
      /trellis devtime share · /trellis devtime unshare  your manager sees your hours a month \
      (never what you wrote) in the agenda of your 1:1s""";

  /** The stores and settings the feature works with. */
  public record Stores(
      DevTimeEntries entries,
      DevTimeShares shares,
      Goals goals,
      People people,
      OrgSettingsStore settings) {}

  private final Stores stores;
  private final SendingDevTimeReminders monthly;
  private final SendingDevTimeReminders slot;

  public DevTimeFeature(
      Stores stores, SendingDevTimeReminders monthly, SendingDevTimeReminders slot) {
    this.stores = stores;
    this.monthly = monthly;
    this.slot = slot;
  }

  @Override
  public void register(Routes routes) {
    RunningDevTimeCommands commands =
        new RunningDevTimeCommands(
            stores.entries(), stores.shares(), stores.goals(), stores.people(), stores.settings());
    DevTimeData data = new DevTimeData();
    routes
        .word(new CommandWord("devtime", DevTimeCommand.SYNTAX, DevTimeCommand::parse))
        .command(DevTimeCommand.class, commands::run)
        .helpLines("/trellis devtime  your development time this month (help devtime for the rest)")
        .helpTopic(new HelpTopic("devtime", HELP))
        .home(HOME_PLACE, commands::homeFields)
        .steps(monthly)
        .steps(slot)
        .plans(new DevTimeSteps(stores.settings()))
        .index(IndexSpec.on("devtime_entries", "person_days", "orgId", "personId", "day"))
        .index(IndexSpec.on("devtime_entries", "person_logged", "orgId", "personId", "loggedAt"))
        .index(IndexSpec.on("devtime_entries", "org_month", "orgId", "month"))
        .exports(data)
        .erases(data)
        .index(IndexSpec.on("devtime_entries", "org_day", "orgId", "day"))
        .counts(new DevTimeCounts(stores.entries(), stores.people(), stores.settings()));
  }

  /** The person's entries and share in their export, and gone with their data. */
  private final class DevTimeData implements PersonalExport, PersonalErasure {

    @Override
    public String section() {
      return "developmentTime";
    }

    @Override
    public Object export(OrgId orgId, PersonId personId) {
      List<Object> entries =
          stores
              .entries()
              .ofPerson(orgId, personId, YearMonth.of(2000, 1), YearMonth.of(9999, 12))
              .stream()
              .map(
                  e ->
                      (Object)
                          ExportObject.of()
                              .put("day", e.day())
                              .put("minutes", e.minutes())
                              .put("what", e.what())
                              .put("goal", e.goal())
                              .put("loggedAt", e.loggedAt())
                              .toMap())
              .toList();
      return ExportObject.of()
          .put("entries", entries)
          .put(
              "totalsSharedWith",
              stores
                  .shares()
                  .of(orgId, personId)
                  .map(s -> ExportObject.of().put("personId", s.with().value()).put("at", s.at())))
          .toMap();
    }

    @Override
    public Set<String> collections() {
      return Set.of("devtime_entries", "devtime_shares");
    }

    @Override
    public void erase(Erasure erasure) {
      stores.entries().eraseOf(erasure);
      stores.shares().remove(erasure.orgId(), erasure.personId());
    }
  }
}

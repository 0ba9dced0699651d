package dev.trellis.core.analytics;

import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.org.OrgSettingsStore;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether career conversations happen, for HR: the features' counted events ({@link CountedFacts})
 * summed per group of the org and month, with every group under the org's {@code
 * analytics.minGroupSize} merged or suppressed ({@link GroupLayout}). Each feature reads its stores
 * once per answer.
 */
public final class HrAnalytics {

  private final List<CountedFacts> sources;
  private final People people;
  private final ErasedPeople erased;
  private final OrgSettingsStore settings;
  private final Clock clock;

  public HrAnalytics(
      List<CountedFacts> sources,
      People people,
      ErasedPeople erased,
      OrgSettingsStore settings,
      Clock clock) {
    this.sources = List.copyOf(sources);
    this.people = people;
    this.erased = erased;
    this.settings = settings;
    this.clock = clock;
  }

  public AnalyticsReport report(AnalyticsQuery query) {
    int k = settings.find(query.orgId()).analytics().minGroupSize();
    GroupMembership membership =
        GroupMembership.of(
            query.groupBy(), people.findAll(query.orgId()), erased.of(query.orgId()));
    GroupLayout layout = GroupLayout.of(membership.sizes(), k);
    Map<PersonId, String> placeOf = new HashMap<>();
    membership
        .members()
        .forEach((person, group) -> layout.placeOf(group).ifPresent(p -> placeOf.put(person, p)));
    MonthlyTallies tallies = new MonthlyTallies(placeOf, query.from(), query.to(), clock.instant());
    for (CountedFacts source : sources) {
      if (tallies.firstDayAsked().isAfter(tallies.lastDayAsked())) {
        break;
      }
      source.tally(query.orgId(), tallies.firstDayAsked(), tallies.lastDayAsked(), tallies);
    }
    List<AnalyticsReport.GroupFigures> groups = new ArrayList<>();
    for (GroupLayout.Shown shown : layout.groups()) {
      List<Map<String, Object>> months = new ArrayList<>();
      if (!shown.suppressed()) {
        for (YearMonth month : query.months()) {
          months.add(MonthFigures.of(tallies, shown.key(), month, shown.people()));
        }
      }
      String label =
          shown.key().equals(GroupLayout.OTHER)
              ? "Other (groups under " + k + " people)"
              : membership.label(shown.key());
      groups.add(
          new AnalyticsReport.GroupFigures(label, shown.people(), shown.suppressed(), months));
    }
    return new AnalyticsReport(query.from(), query.to(), query.groupBy(), k, groups);
  }
}

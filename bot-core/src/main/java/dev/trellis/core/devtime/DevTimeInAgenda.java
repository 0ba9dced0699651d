package dev.trellis.core.devtime;

import dev.trellis.core.directory.Person;
import dev.trellis.core.oneonone.AgendaContext;
import dev.trellis.core.oneonone.AgendaSection;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.privacy.SharedItemAccess;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agenda's development time: the report's hours a month against the budget, over the last
 * {@value #MONTHS} months, never what they wrote. Only when the report shared their totals with
 * this 1:1's manager and that manager is still their manager ({@link SharedItemAccess}); otherwise
 * the agenda has no such section.
 */
public final class DevTimeInAgenda implements AgendaSource {

  static final int MONTHS = 3;

  private final DevTimeEntries entries;
  private final DevTimeShares shares;
  private final OrgSettingsStore settings;

  public DevTimeInAgenda(DevTimeEntries entries, DevTimeShares shares, OrgSettingsStore settings) {
    this.entries = entries;
    this.shares = shares;
    this.settings = settings;
  }

  @Override
  public List<AgendaSection> sectionsFor(AgendaContext context) {
    Person manager = context.manager();
    Person report = context.report();
    Optional<DevTimeShare> share =
        shares
            .of(report.orgId(), report.id())
            .filter(s -> SharedItemAccess.maySee(manager, report, s));
    if (share.isEmpty()) {
      return List.of();
    }
    return List.of(
        new AgendaSection(
            report.name() + "'s development time, shared with you", totals(report, context)));
  }

  /** The report's totals as they see them, in their zone; the texts stay theirs. */
  private String totals(Person report, AgendaContext context) {
    YearMonth month =
        YearMonth.from(context.occurrence().start().atZone(report.timeZone()).toLocalDate());
    List<DevTimeEntry> theirs =
        entries.ofPerson(report.orgId(), report.id(), month.minusMonths(MONTHS - 1L), month);
    int budget = settings.find(report.orgId()).devTime().monthlyHours();
    return MonthTotals.of(theirs, month, MONTHS, budget).stream()
        .map(m -> "• " + m.line())
        .collect(Collectors.joining("\n"));
  }
}

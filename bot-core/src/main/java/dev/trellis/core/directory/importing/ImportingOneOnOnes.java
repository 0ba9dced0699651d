package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports an org's recurring 1:1s from CSV, between people already imported. All or nothing, like
 * the people import; re-importing updates the 1:1 of each manager and report pair.
 */
public final class ImportingOneOnOnes {

  static final CsvSheet.Columns COLUMNS =
      new CsvSheet.Columns(
          List.of(
              "manager_email",
              "report_email",
              "cadence",
              "weekday",
              "start_time",
              "duration_minutes"),
          List.of("time_zone", "first_date"));

  private final People people;
  private final OneOnOnes oneOnOnes;
  private final Clock clock;

  public ImportingOneOnOnes(People people, OneOnOnes oneOnOnes, Clock clock) {
    this.people = people;
    this.oneOnOnes = oneOnOnes;
    this.clock = clock;
  }

  /** The pair a 1:1 belongs to; there is at most one 1:1 per pair. */
  record Pair(PersonId managerId, PersonId reportId) {}

  public ImportOutcome importCsv(OrgId orgId, String csv) {
    CsvSheet.Result sheet = CsvSheet.read(csv, COLUMNS);
    if (sheet instanceof CsvSheet.Result.Unreadable unreadable) {
      return ImportErrors.of(unreadable.errors());
    }
    OneOnOneRowParser parser = new OneOnOneRowParser(people.findAll(orgId));
    ImportErrors errors = new ImportErrors();
    Map<Pair, OneOnOneRowParser.OneOnOneRow> byPair = new HashMap<>();
    List<OneOnOneRowParser.OneOnOneRow> rows = new ArrayList<>();
    for (CsvSheet.Row row : ((CsvSheet.Result.Readable) sheet).rows()) {
      Optional<OneOnOneRowParser.OneOnOneRow> parsed = parser.parse(row, errors);
      if (parsed.isEmpty()) {
        continue;
      }
      OneOnOneRowParser.OneOnOneRow first = byPair.putIfAbsent(parsed.get().pair(), parsed.get());
      if (first != null) {
        errors.add(
            row.line(),
            "report_email",
            "this manager and report already have a 1:1 on line " + first.line());
      } else {
        rows.add(parsed.get());
      }
    }
    if (!errors.isEmpty()) {
      return errors.rejected();
    }
    return store(orgId, rows);
  }

  private ImportOutcome store(OrgId orgId, List<OneOnOneRowParser.OneOnOneRow> rows) {
    Map<Pair, OneOnOne> existing = new HashMap<>();
    oneOnOnes.findAll(orgId).forEach(o -> existing.put(new Pair(o.managerId(), o.reportId()), o));
    List<OneOnOne> changed = new ArrayList<>();
    int created = 0;
    int updated = 0;
    for (OneOnOneRowParser.OneOnOneRow row : rows) {
      Optional<OneOnOne> before = Optional.ofNullable(existing.get(row.pair()));
      OneOnOne after =
          new OneOnOne(
              before.map(OneOnOne::id).orElseGet(OneOnOneId::random),
              orgId,
              row.pair().managerId(),
              row.pair().reportId(),
              row.cadence(),
              row.weekday(),
              row.startTime(),
              row.duration(),
              row.timeZone(),
              firstDate(row, before));
      if (before.isEmpty()) {
        created++;
        changed.add(after);
      } else if (!before.get().equals(after)) {
        updated++;
        changed.add(after);
      }
    }
    oneOnOnes.saveAll(orgId, changed);
    return new ImportOutcome.Imported(created, updated, rows.size() - created - updated);
  }

  /**
   * The given first date; else the stored one while cadence and weekday stay, so re-importing does
   * not move a biweekly 1:1 to the other week; else the next such weekday from today.
   */
  private LocalDate firstDate(OneOnOneRowParser.OneOnOneRow row, Optional<OneOnOne> before) {
    if (row.firstDate().isPresent()) {
      return row.firstDate().get();
    }
    if (before.isPresent()
        && before.get().weekday() == row.weekday()
        && before.get().cadence() == row.cadence()) {
      return before.get().firstDate();
    }
    return LocalDate.now(clock.withZone(row.timeZone()))
        .with(TemporalAdjusters.nextOrSame(row.weekday()));
  }
}

package dev.trellis.core.opportunity;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.importing.CsvSheet;
import dev.trellis.core.directory.importing.ImportErrors;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports opportunities from CSV, each posted by a person already in the directory: all or nothing,
 * like the people import, with every bad row named by its line and reason. The team defaults to the
 * poster's department; skills are free tags separated by commas or semicolons.
 */
public final class ImportingOpportunities {

  static final CsvSheet.Columns COLUMNS =
      new CsvSheet.Columns(
          List.of("title", "kind", "closes_on", "poster_email"),
          List.of("team", "skills", "time_needed"));

  private final Opportunities opportunities;
  private final People people;
  private final Clock clock;

  public ImportingOpportunities(Opportunities opportunities, People people, Clock clock) {
    this.opportunities = opportunities;
    this.people = people;
    this.clock = clock;
  }

  public ImportOutcome importCsv(OrgId orgId, String csv) {
    CsvSheet.Result sheet = CsvSheet.read(csv, COLUMNS);
    if (sheet instanceof CsvSheet.Result.Unreadable unreadable) {
      return ImportErrors.of(unreadable.errors());
    }
    Instant now = clock.instant();
    ImportErrors errors = new ImportErrors();
    List<OpportunityDraft> drafts = new ArrayList<>();
    for (CsvSheet.Row row : ((CsvSheet.Result.Readable) sheet).rows()) {
      draft(orgId, row, now, errors).ifPresent(drafts::add);
    }
    if (!errors.isEmpty()) {
      return errors.rejected();
    }
    drafts.forEach(d -> opportunities.post(orgId, d, now));
    return new ImportOutcome.Imported(drafts.size(), 0, 0);
  }

  private Optional<OpportunityDraft> draft(
      OrgId orgId, CsvSheet.Row row, Instant now, ImportErrors errors) {
    List<String[]> wrong = new ArrayList<>();
    Optional<Person> poster =
        Email.parse(row.get("poster_email")).flatMap(e -> people.findByEmail(orgId, e));
    if (poster.isEmpty()) {
      wrong.add(
          new String[] {
            "poster_email",
            "'"
                + row.get("poster_email")
                + "' is no one in this org's directory; import people first"
          });
    }
    String title = row.get("title");
    if (title.isEmpty() || title.length() > OpportunityDraft.MAX_TITLE) {
      wrong.add(
          new String[] {
            "title",
            "a title has 1-" + OpportunityDraft.MAX_TITLE + " characters, e.g. Run the Q1 upgrade"
          });
    }
    Optional<OpportunityKind> kind = OpportunityKind.parse(row.get("kind"));
    if (kind.isEmpty()) {
      wrong.add(new String[] {"kind", PostingForm.unknownKind(row.get("kind"))});
    }
    LocalDate today = now.atZone(poster.map(Person::timeZone).orElse(ZoneOffset.UTC)).toLocalDate();
    PostingForm.wrongClosingDay(row.get("closes_on"), today)
        .ifPresent(why -> wrong.add(new String[] {"closes_on", why}));
    List<String> skills = PostingForm.skills(row.get("skills"));
    PostingForm.wrongSkills(skills).ifPresent(why -> wrong.add(new String[] {"skills", why}));
    if (row.get("team").length() > OpportunityDraft.MAX_TEAM) {
      wrong.add(
          new String[] {"team", "a team has at most " + OpportunityDraft.MAX_TEAM + " characters"});
    }
    if (row.get("time_needed").length() > OpportunityDraft.MAX_TIME_NEEDED) {
      wrong.add(
          new String[] {
            "time_needed",
            "a time needed has at most " + OpportunityDraft.MAX_TIME_NEEDED + " characters"
          });
    }
    if (!wrong.isEmpty()) {
      wrong.forEach(w -> errors.add(row.line(), w[0], w[1]));
      return Optional.empty();
    }
    Optional<String> team = Optional.of(row.get("team")).filter(t -> !t.isEmpty());
    Optional<String> timeNeeded = Optional.of(row.get("time_needed")).filter(t -> !t.isEmpty());
    return Optional.of(
        new OpportunityDraft(
            poster.get().id(),
            title,
            kind.get(),
            team.or(() -> poster.get().department()),
            skills,
            timeNeeded,
            LocalDate.parse(row.get("closes_on"))));
  }
}

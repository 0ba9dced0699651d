package dev.trellis.app.demo;

import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.ManagingCohorts;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.directory.importing.ImportingOneOnOnes;
import dev.trellis.core.directory.importing.ImportingPeople;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.SavingOrg;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Sets up the demo org at start-up through the same use cases as the admin API: the org with the
 * Playground's tenant, its people and their weekly 1:1s (the day after tomorrow, so a manager's
 * next agenda is always ahead), and a buddy cohort of everyone whose first round starts at once.
 * The round's intros to people who have not opened the Playground yet cannot be delivered and wait
 * in the outbox's dead letters, where an admin can retry them.
 */
final class DemoSeeding {

  /** What was set up, for the banner. */
  record Seeded(OrgId orgId, int people, int oneOnOnes, int buddyGroups) {}

  private final SavingOrg savingOrg;
  private final ImportingPeople importingPeople;
  private final ImportingOneOnOnes importingOneOnOnes;
  private final ManagingCohorts cohorts;
  private final StartingBuddyRound rounds;
  private final People people;
  private final ReplanningOrg replanning;
  private final Clock clock;

  DemoSeeding(
      SavingOrg savingOrg,
      ImportingPeople importingPeople,
      ImportingOneOnOnes importingOneOnOnes,
      ManagingCohorts cohorts,
      StartingBuddyRound rounds,
      People people,
      ReplanningOrg replanning,
      Clock clock) {
    this.savingOrg = savingOrg;
    this.importingPeople = importingPeople;
    this.importingOneOnOnes = importingOneOnOnes;
    this.cohorts = cohorts;
    this.rounds = rounds;
    this.people = people;
    this.replanning = replanning;
    this.clock = clock;
  }

  Seeded seed(ZoneId zone) {
    OrgId orgId = new OrgId(DemoOrg.ORG_ID);
    SavingOrg.Result org =
        savingOrg.save(
            new SavingOrg.Request(
                orgId, DemoOrg.NAME, Optional.empty(), Optional.of(DemoOrg.TENANT)));
    if (!(org instanceof SavingOrg.Result.Created || org instanceof SavingOrg.Result.Updated)) {
      throw new IllegalStateException("The demo org could not be created: " + org);
    }
    imported("people", importingPeople.importCsv(orgId, DemoOrg.peopleCsv(zone.getId())));
    String weekday =
        LocalDate.now(clock.withZone(zone))
            .plusDays(2)
            .getDayOfWeek()
            .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
            .toUpperCase(Locale.ROOT);
    ImportOutcome.Imported oneOnOnes =
        imported(
            "1:1s",
            importingOneOnOnes.importCsv(orgId, DemoOrg.oneOnOnesCsv(weekday, zone.getId())));
    int groups = startBuddyRound(orgId);
    replanning.replan(orgId);
    return new Seeded(orgId, DemoOrg.PEOPLE.size(), oneOnOnes.created(), groups);
  }

  private int startBuddyRound(OrgId orgId) {
    ManagingCohorts.Result created =
        cohorts.create(
            orgId,
            new ManagingCohorts.Settings(
                DemoOrg.COHORT, 2, 4, LocalDate.now(clock).toString(), "OPT_IN", null));
    if (!(created instanceof ManagingCohorts.Saved saved)) {
      throw new IllegalStateException("The demo cohort could not be created: " + created);
    }
    Cohort cohort = saved.cohort();
    for (DemoOrg.Member member : DemoOrg.PEOPLE) {
      people
          .findByEmail(orgId, new Email(member.email()))
          .ifPresent(p -> cohorts.addMember(cohort, p.id(), Optional.empty()));
    }
    StartingBuddyRound.Result started = rounds.start(orgId, cohort.id());
    if (!(started instanceof StartingBuddyRound.Started round)) {
      throw new IllegalStateException("The demo buddy round did not start: " + started);
    }
    return round.round().groups().size();
  }

  private static ImportOutcome.Imported imported(String what, ImportOutcome outcome) {
    if (outcome instanceof ImportOutcome.Imported imported) {
      return imported;
    }
    throw new IllegalStateException("The demo " + what + " could not be imported: " + outcome);
  }
}

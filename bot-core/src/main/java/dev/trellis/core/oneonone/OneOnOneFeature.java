package dev.trellis.core.oneonone;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * 1:1s: {@code 1on1 add|list}, the manager's agenda before, the last-15-minutes prompt and its
 * buttons, and the report's takeaway after, planned around each occurrence ({@link OneOnOneSteps}).
 */
public final class OneOnOneFeature implements Feature {

  /** Where the next 1:1 shows on the home view: first. */
  public static final int HOME_PLACE = 10;

  private final OneOnOnes oneOnOnes;
  private final People people;
  private final ReplanningOrg replanning;
  private final RecordingOutcomes outcomes;
  private final Senders senders;
  private final EndedOneOnOnes ended;
  private final Clock clock;

  /** What the feature sends around each 1:1, as its steps come due. */
  public record Senders(
      SendingAgendas agendas,
      SendingLastFifteenNudges lastFifteen,
      SendingTakeawayPrompts takeaways) {}

  public OneOnOneFeature(
      OneOnOnes oneOnOnes,
      People people,
      ReplanningOrg replanning,
      RecordingOutcomes outcomes,
      Senders senders,
      EndedOneOnOnes ended,
      Clock clock) {
    this.ended = ended;
    this.clock = clock;
    this.oneOnOnes = oneOnOnes;
    this.people = people;
    this.replanning = replanning;
    this.outcomes = outcomes;
    this.senders = senders;
  }

  @Override
  public void register(Routes routes) {
    ListingOneOnOnes listing = new ListingOneOnOnes(oneOnOnes, people);
    AddingOneOnOnes adding = new AddingOneOnOnes(oneOnOnes, new FindingPeople(people), replanning);
    routes
        .command(TrellisCommand.ListOneOnOnes.class, (c, asked) -> listing.list(asked.person()))
        .command(
            TrellisCommand.AddOneOnOne.class,
            (c, asked) -> adding.add(asked.person(), c, asked.at()))
        .buttons("oneonone", outcomes::press)
        .helpLines(
            "/trellis 1on1 list  your recurring 1:1s",
            "/trellis 1on1 add @name biweekly thu 14:00 30m  a recurring 1:1 with your report"
                + " or manager (weekly, biweekly or monthly), in your time zone")
        .home(HOME_PLACE, new NextOneOnOne(oneOnOnes, people));
    routes
        .plans(new PlanningOneOnOneSteps(oneOnOnes, new OneOnOneSteps()))
        .steps(senders.agendas())
        .steps(senders.lastFifteen())
        .steps(senders.takeaways())
        // one_on_one_outcomes and agenda_questions are looked up by _id (org/1:1/date[/person]);
        // only the HR counts read a range of an org's dates.
        .index(IndexSpec.on("one_on_one_outcomes", "org_date", "orgId", "date"))
        .erases(new OneOnOneErasure())
        .exports(new OneOnOneExport(oneOnOnes, outcomes.store(), people))
        .counts(new OneOnOneCounts(oneOnOnes, ended, outcomes.store()));
  }

  /**
   * The person's recurring 1:1s end, and with them the steps planned for them; the outcomes they
   * pressed stay counted under the anonymous id. The questions picked for an occurrence ({@code
   * agenda_questions}) come from the question bank and name nobody.
   */
  private final class OneOnOneErasure implements PersonalErasure {

    @Override
    public Set<String> collections() {
      return Set.of("one_on_ones", "one_on_ones_ended", "one_on_one_outcomes", "agenda_questions");
    }

    @Override
    public void erase(Erasure erasure) {
      ended.eraseOf(erasure);
      boolean anyEnded = false;
      for (OneOnOne o : oneOnOnes.findAll(erasure.orgId())) {
        if (o.managerId().equals(erasure.personId()) || o.reportId().equals(erasure.personId())) {
          LocalDate today = LocalDate.ofInstant(clock.instant(), o.timeZone());
          ended.add(new EndedOneOnOnes.Ended(withoutPerson(o, erasure), today));
          anyEnded |= oneOnOnes.delete(erasure.orgId(), o.id());
        }
      }
      if (anyEnded) {
        // The other side's agenda, last-15 and takeaway steps of the ended 1:1s are withdrawn.
        replanning.replan(erasure.orgId());
      }
      outcomes.store().eraseOf(erasure);
    }
  }

  private static OneOnOne withoutPerson(OneOnOne o, Erasure erasure) {
    PersonId manager =
        o.managerId().equals(erasure.personId()) ? erasure.anonymousId() : o.managerId();
    PersonId report =
        o.reportId().equals(erasure.personId()) ? erasure.anonymousId() : o.reportId();
    return new OneOnOne(
        o.id(),
        o.orgId(),
        manager,
        report,
        o.cadence(),
        o.weekday(),
        o.startTime(),
        o.duration(),
        o.timeZone(),
        o.firstDate());
  }
}

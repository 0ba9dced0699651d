package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.Meetup;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.ErasedPerson;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feedback.Feedback;
import dev.trellis.core.feedback.FeedbackAnswer;
import dev.trellis.core.feedback.FeedbackId;
import dev.trellis.core.feedback.FeedbackRecords;
import dev.trellis.core.oneonone.OneOnOneOutcome;
import dev.trellis.core.oneonone.OneOnOneOutcomes;
import dev.trellis.core.oneonone.Outcome;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.reflection.Prompt;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Prompts;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.ReflectionId;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.core.reflection.Share;
import dev.trellis.testkit.Fixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * The acme sample (183 people in 9 departments) with a seeded history in the first quarter of 2025,
 * written through the stores the features use. Every text carries {@value #MARKER}, which no
 * analytics answer may hold. The figures it leads to are worked out by hand in the tests.
 *
 * <ul>
 *   <li>Engineering: six weekly 1:1s on Mondays from 6 January; "We did it" for reports 1 (by both
 *       sides, on 6 January), 2 (13 January) and 4 (by the manager, 10 February), "Skipped" for
 *       report 3; report 5's "We did it" on 16 December 2024. One erased engineer's stand-in, whose
 *       prompt of 5 February was answered.
 *   <li>Marketing: ten prompts on 5 February: seven answered (three of those shared with the
 *       manager on 6 February), two left open, one snoozed.
 *   <li>Customer Success: a buddy round of three pairs started 3 March: one pair met (both said
 *       so), in one a member said they did not meet, the third said nothing.
 *   <li>People: four requests for feedback on 10 January: one answered, one declined, two expired.
 * </ul>
 */
final class AcmeHistory {

  static final String MARKER = "MARKER-acme-text";

  private final People people;
  private final OneOnOnes oneOnOnes;
  private final OneOnOneOutcomes outcomes;
  private final Prompts prompts;
  private final Reflections reflections;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final FeedbackRecords feedback;
  private final ErasedPeople erased;

  /** Writes through the running service's own stores. */
  AcmeHistory(ApplicationContext service) {
    people = service.getBean(People.class);
    oneOnOnes = service.getBean(OneOnOnes.class);
    outcomes = service.getBean(OneOnOneOutcomes.class);
    prompts = service.getBean(Prompts.class);
    reflections = service.getBean(Reflections.class);
    rounds = service.getBean(BuddyRounds.class);
    meetups = service.getBean(Meetups.class);
    feedback = service.getBean(FeedbackRecords.class);
    erased = service.getBean(ErasedPeople.class);
  }

  /** Imports the acme people into the (new) org and writes the history. */
  void seed(AdminClient admin, String org) {
    assertThat(admin.createOrg(org).status()).isIn(200, 201);
    AdminClient.Answer imported =
        admin.postCsv(
            "/api/admin/orgs/" + org + "/people", Fixtures.bytes(Fixtures.org("acme-people.csv")));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    OrgId orgId = new OrgId(org);
    seedOneOnOnes(orgId);
    seedReflections(orgId);
    seedBuddyRound(orgId);
    seedFeedback(orgId);
  }

  /** The department's people who have a manager, by email. */
  List<Person> of(OrgId orgId, String department) {
    return people.findAll(orgId).stream()
        .filter(p -> p.department().orElse("").equals(department) && p.managerId().isPresent())
        .sorted(Comparator.comparing(p -> p.email().value()))
        .toList();
  }

  private void seedOneOnOnes(OrgId orgId) {
    List<Person> engineers = of(orgId, "Engineering").subList(0, 6);
    List<OneOnOne> weekly = new ArrayList<>();
    for (Person report : engineers) {
      weekly.add(
          new OneOnOne(
              OneOnOneId.random(),
              orgId,
              report.managerId().orElseThrow(),
              report.id(),
              Cadence.WEEKLY,
              DayOfWeek.MONDAY,
              LocalTime.of(10, 0),
              Duration.ofMinutes(30),
              ZoneOffset.UTC,
              LocalDate.parse("2025-01-06")));
    }
    oneOnOnes.saveAll(orgId, weekly);
    press(weekly.get(0), "2025-01-06", true, Outcome.DID);
    press(weekly.get(0), "2025-01-06", false, Outcome.DID);
    press(weekly.get(1), "2025-01-13", true, Outcome.DID);
    press(weekly.get(2), "2025-01-20", true, Outcome.SKIPPED);
    press(weekly.get(3), "2025-02-10", false, Outcome.DID);
    press(weekly.get(4), "2024-12-16", true, Outcome.DID);
    PersonId stand = new PersonId("anon-" + UUID.randomUUID());
    erased.add(
        new ErasedPerson(
            orgId,
            stand,
            Optional.of("Engineering"),
            engineers.get(0).managerId(),
            Instant.parse("2025-03-01T00:00:00Z")));
    prompt(orgId, stand, Prompt.State.ANSWERED);
  }

  private void press(OneOnOne oneOnOne, String date, boolean byReport, Outcome outcome) {
    LocalDate day = LocalDate.parse(date);
    outcomes.recordFirst(
        new OneOnOneOutcome(
            oneOnOne.orgId(),
            oneOnOne.id(),
            day,
            byReport ? oneOnOne.reportId() : oneOnOne.managerId(),
            outcome,
            day.atTime(10, 25).toInstant(ZoneOffset.UTC)));
  }

  private void seedReflections(OrgId orgId) {
    List<Person> marketing = of(orgId, "Marketing").subList(0, 10);
    for (int i = 0; i < 10; i++) {
      Person person = marketing.get(i);
      Prompt.State state =
          i < 7 ? Prompt.State.ANSWERED : i < 9 ? Prompt.State.OPEN : Prompt.State.SNOOZED;
      Prompt prompt = prompt(orgId, person.id(), state);
      if (state == Prompt.State.ANSWERED) {
        List<Share> shares =
            i < 3
                ? List.of(
                    new Share(
                        person.managerId().orElseThrow(), Instant.parse("2025-02-06T09:00:00Z")))
                : List.of();
        reflections.save(
            new Reflection(
                ReflectionId.random(),
                orgId,
                person.id(),
                prompt.id(),
                PromptKind.REFLECTION,
                prompt.questionText(),
                MARKER + " answer of " + i,
                Optional.empty(),
                Instant.parse("2025-02-05T12:00:00Z"),
                Optional.empty(),
                shares));
      }
    }
  }

  private Prompt prompt(OrgId orgId, PersonId person, Prompt.State state) {
    Prompt prompt =
        new Prompt(
            PromptId.random(),
            orgId,
            person,
            PromptKind.REFLECTION,
            Optional.empty(),
            "What did you learn this week?",
            Instant.parse("2025-02-05T09:00:00Z"),
            Instant.parse("2025-02-08T09:00:00Z"),
            state);
    prompts.save(prompt);
    return prompt;
  }

  private void seedBuddyRound(OrgId orgId) {
    List<Person> success = of(orgId, "Customer Success").subList(0, 6);
    CohortId cohort = new CohortId("success");
    List<BuddyRound.Group> groups = new ArrayList<>();
    List<Meetup> pairs = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      List<PersonId> members = List.of(success.get(2 * g).id(), success.get(2 * g + 1).id());
      groups.add(new BuddyRound.Group(members, false));
      pairs.add(Meetup.fresh(new MeetupId(orgId, cohort, 1, g), members));
    }
    rounds.add(
        new BuddyRound(orgId, cohort, 1, groups, List.of(), Instant.parse("2025-03-03T08:00:00Z")));
    meetups.addAll(pairs);
    meetups.recordHappened(pairs.get(0), success.get(0).id(), true);
    Meetup first = meetups.find(pairs.get(0).id()).orElseThrow();
    meetups.recordHappened(first, success.get(1).id(), true);
    meetups.recordHappened(pairs.get(1), success.get(2).id(), false);
  }

  private void seedFeedback(OrgId orgId) {
    List<Person> team = of(orgId, "People").subList(0, 5);
    Instant asked = Instant.parse("2025-01-10T09:00:00Z");
    List<Feedback> requests = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      requests.add(
          new Feedback(
              new FeedbackId("acme-" + UUID.randomUUID()),
              orgId,
              team.get(i).id(),
              team.get(4).id(),
              Optional.of(MARKER + " topic " + i),
              true,
              asked,
              Feedback.State.OPEN,
              Optional.empty(),
              Optional.empty(),
              List.of()));
    }
    feedback.insertAll(requests);
    Instant closed = Instant.parse("2025-01-12T09:00:00Z");
    FeedbackAnswer answer =
        new FeedbackAnswer(Optional.of(MARKER + " went well"), Optional.empty());
    feedback.close(orgId, requests.get(0).id(), Optional.of(answer), closed);
    feedback.close(orgId, requests.get(1).id(), Optional.empty(), closed);
  }
}

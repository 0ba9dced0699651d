package dev.trellis.core.opportunity;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.goal.Goal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpportunityMatchingTest {

  static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-12-07");

  final Person poster = aPerson().withDepartment("Platform").build();
  final Person ana = aPerson().withDepartment("Design").build();

  int numbers;

  @Test
  void aSkillInTheGoalsTextMatchesAndSaysWhyWithTheGoalAndItsDirection() {
    Opportunity gig = posted("Cluster upgrade", OpportunityKind.GIG, "kubernetes", "helm");

    List<OpportunityMatch> matches =
        match(List.of(gig), goal(1, "Learn Kubernetes", GoalDirection.LATERAL));

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.opportunity()).isEqualTo(gig);
              assertThat(m.goalNumber()).isEqualTo(1);
              assertThat(m.skills()).containsExactly("kubernetes");
              assertThat(m.kindFits()).isTrue();
              assertThat(m.explanation())
                  .isEqualTo(
                      "matches your goal *Learn Kubernetes*, lateral; skill: kubernetes; a gig fits"
                          + " lateral");
            });
  }

  @Test
  void aMultiWordSkillMatchesAsAPhraseInTheTextOrTheNextStep() {
    Opportunity ml = posted("Churn model", OpportunityKind.STRETCH_PROJECT, "machine learning");
    Goal apart = goal(1, "Machine vision and deep learning", GoalDirection.STRETCH);
    Goal inNextStep =
        goal(2, "Move into data science", GoalDirection.STRETCH)
            .withNextStep("Take the Machine Learning course", AT);

    assertThat(match(List.of(ml), apart)).isEmpty();
    assertThat(match(List.of(ml), inNextStep))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.goalNumber()).isEqualTo(2);
              assertThat(m.explanation()).contains("skill: machine learning");
            });
  }

  @Test
  void titleWordsMatchWhenNoSkillDoesButStopWordsNever() {
    Opportunity accessibility =
        posted("Accessibility audit of the new project", OpportunityKind.GIG);

    assertThat(
            match(List.of(accessibility), goal(1, "Learn about accessibility", GoalDirection.GROW)))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.explanation())
                    .isEqualTo(
                        "matches your goal *Learn about accessibility*, grow; in its title:"
                            + " accessibility"));
    assertThat(
            match(
                List.of(accessibility),
                goal(2, "Lead a new project for the team", GoalDirection.GROW)))
        .as("new, project, team, lead, the: words every goal has")
        .isEmpty();
  }

  @Test
  void aDirectionThatFitsTheKindAloneIsNoMatch() {
    Opportunity mentoring = posted("Mentor a junior", OpportunityKind.MENTORING, "java");

    assertThat(match(List.of(mentoring), goal(1, "Mentor others", GoalDirection.MENTORING)))
        .isEmpty();
  }

  @Test
  void aKindThatFitsTheDirectionRanksFirstThenMoreSkillsThenTheNewer() {
    Opportunity role = posted("Data role", OpportunityKind.ROLE, "sql", "python");
    Opportunity project = posted("Reporting", OpportunityKind.STRETCH_PROJECT, "sql");
    Opportunity newer = posted("Dashboards", OpportunityKind.STRETCH_PROJECT, "sql");
    Goal stretch = goal(1, "Get good at SQL and Python", GoalDirection.STRETCH);

    List<OpportunityMatch> matches = match(List.of(role, project, newer), stretch);

    assertThat(matches)
        .extracting(m -> m.opportunity().title())
        .containsExactly("Dashboards", "Reporting", "Data role");
    assertThat(matches.get(2).kindFits()).isFalse();
    assertThat(matches.get(2).skills()).containsExactly("sql", "python");
  }

  @Test
  void eachDirectionFitsItsKinds() {
    assertThat(OpportunityMatching.FITS)
        .containsEntry(
            GoalDirection.LATERAL,
            Set.of(OpportunityKind.ROLE, OpportunityKind.GIG, OpportunityKind.SHADOWING))
        .containsEntry(
            GoalDirection.STRETCH, Set.of(OpportunityKind.STRETCH_PROJECT, OpportunityKind.GIG))
        .containsEntry(GoalDirection.MENTORING, Set.of(OpportunityKind.MENTORING))
        .containsEntry(
            GoalDirection.LEARNING,
            Set.of(OpportunityKind.SHADOWING, OpportunityKind.MENTORING, OpportunityKind.GIG))
        .containsEntry(
            GoalDirection.GROW, Set.of(OpportunityKind.STRETCH_PROJECT, OpportunityKind.MENTORING));
  }

  @Test
  void anOpportunityComesOnceThroughTheGoalItSuitsBest() {
    Opportunity gig = posted("Kubernetes gig", OpportunityKind.GIG, "kubernetes");

    List<OpportunityMatch> matches =
        match(
            List.of(gig),
            goal(1, "Kubernetes at work", GoalDirection.GROW),
            goal(2, "Run Kubernetes in production", GoalDirection.STRETCH));

    assertThat(matches).singleElement().satisfies(m -> assertThat(m.goalNumber()).isEqualTo(2));
  }

  @Test
  void noneOfTheOwnTeamUnlessItIsARole() {
    Person designer = aPerson().withDepartment(" design ").build();
    Opportunity teamGig =
        posted(poster, "Figma gig", OpportunityKind.GIG, Optional.of("Design"), "figma");
    Opportunity teamRole =
        posted(poster, "Figma role", OpportunityKind.ROLE, Optional.of("DESIGN"), "figma");
    Person designPoster = aPerson().withDepartment("Design").build();
    Opportunity postersTeam =
        posted(
            designPoster, "Figma shadowing", OpportunityKind.SHADOWING, Optional.empty(), "figma");
    Opportunity elsewhere =
        posted(
            poster,
            "Figma stretch",
            OpportunityKind.STRETCH_PROJECT,
            Optional.of("Sales"),
            "figma");

    List<OpportunityMatch> matches =
        new OpportunityMatching(
                List.of(teamGig, teamRole, postersTeam, elsewhere),
                departments(poster, designPoster))
            .matchesFor(
                designer, List.of(goal(designer, 1, "Figma", GoalDirection.GROW)), Set.of(), TODAY);

    assertThat(matches)
        .extracting(m -> m.opportunity().title())
        .containsExactlyInAnyOrder("Figma role", "Figma stretch");
  }

  @Test
  void neverTheirOwnPostingsNorSeenNorClosedNorPastTheirClosingDay() {
    Opportunity own =
        posted(ana, "Own figma gig", OpportunityKind.GIG, Optional.of("Ops"), "figma");
    Opportunity seen = posted("Seen figma gig", OpportunityKind.GIG, "figma");
    Opportunity closed = posted("Closed figma gig", OpportunityKind.GIG, "figma").closed(AT);
    Opportunity past =
        Opportunity.posted(
            ACME,
            ++numbers,
            draft(
                poster,
                "Past figma gig",
                OpportunityKind.GIG,
                Optional.empty(),
                TODAY.minusDays(1),
                "figma"),
            AT);
    Opportunity open = posted("Open figma gig", OpportunityKind.GIG, "figma");

    List<OpportunityMatch> matches =
        new OpportunityMatching(List.of(own, seen, closed, past, open), departments(poster, ana))
            .matchesFor(
                ana, List.of(goal(1, "Figma", GoalDirection.LATERAL)), Set.of(seen.id()), TODAY);

    assertThat(matches).extracting(m -> m.opportunity().title()).containsExactly("Open figma gig");
  }

  @Test
  void doneAndDroppedGoalsMatchNothing() {
    Opportunity gig = posted("Figma gig", OpportunityKind.GIG, "figma");

    assertThat(
            match(
                List.of(gig),
                goal(1, "Figma", GoalDirection.LATERAL).withStatus(Goal.Status.DONE, AT)))
        .isEmpty();
  }

  @Test
  void aLongGoalIsCutInTheExplanation() {
    Opportunity gig = posted("Figma gig", OpportunityKind.GIG, "figma");
    String text = "Figma " + "and more design tools ".repeat(10);

    String why = match(List.of(gig), goal(1, text, GoalDirection.LATERAL)).get(0).explanation();

    assertThat(why).startsWith("matches your goal *Figma and more design tools and more");
    assertThat(why).contains("…*, lateral");
  }

  @Test
  void suitsAnyAnswersWhetherMatchesWouldFindSomethingWithTheSameRules() {
    Opportunity own =
        posted(ana, "Own figma gig", OpportunityKind.GIG, Optional.of("Ops"), "figma");
    Opportunity seen = posted("Seen figma gig", OpportunityKind.GIG, "figma");
    Opportunity teamGig =
        posted(poster, "Team figma gig", OpportunityKind.GIG, Optional.of("Design"), "figma");
    Opportunity open = posted("Open figma gig", OpportunityKind.GIG, "figma");
    Goal figma = goal(1, "Get better at Figma.", GoalDirection.LATERAL);
    Goal done = goal(2, "Figma", GoalDirection.LATERAL).withStatus(Goal.Status.DONE, AT);
    Goal unrelated = goal(3, "Public speaking", GoalDirection.GROW);
    OpportunityMatching excluded =
        new OpportunityMatching(List.of(own, seen, teamGig), departments(poster, ana));
    OpportunityMatching withOpen =
        new OpportunityMatching(List.of(own, seen, teamGig, open), departments(poster, ana));

    assertThat(excluded.suitsAny(ana, List.of(unrelated, figma), Set.of(seen.id()), TODAY))
        .isFalse();
    assertThat(withOpen.suitsAny(ana, List.of(unrelated, done), Set.of(seen.id()), TODAY))
        .isFalse();
    assertThat(withOpen.suitsAny(ana, List.of(unrelated, figma), Set.of(seen.id()), TODAY))
        .isTrue();
    assertThat(withOpen.matchesFor(ana, List.of(unrelated, figma), Set.of(seen.id()), TODAY))
        .extracting(m -> m.opportunity().title())
        .containsExactly("Open figma gig");
    // The counters of one call leave nothing behind for the next.
    assertThat(excluded.suitsAny(ana, List.of(figma), Set.of(seen.id()), TODAY)).isFalse();
    assertThat(withOpen.suitsAny(ana, List.of(figma), Set.of(), TODAY)).isTrue();
  }

  private List<OpportunityMatch> match(List<Opportunity> open, Goal... goals) {
    return new OpportunityMatching(open, departments(poster))
        .matchesFor(ana, List.of(goals), Set.of(), TODAY);
  }

  private static java.util.function.Function<PersonId, Optional<String>> departments(
      Person... people) {
    Map<PersonId, Person> byId =
        java.util.Arrays.stream(people)
            .collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
    return id -> Optional.ofNullable(byId.get(id)).flatMap(Person::department);
  }

  private Goal goal(int number, String text, GoalDirection direction) {
    return goal(ana, number, text, direction);
  }

  private static Goal goal(Person owner, int number, String text, GoalDirection direction) {
    return Goal.added(ACME, owner.id(), number, text, direction, AT);
  }

  private Opportunity posted(String title, OpportunityKind kind, String... skills) {
    return posted(poster, title, kind, Optional.empty(), skills);
  }

  private Opportunity posted(
      Person by, String title, OpportunityKind kind, Optional<String> team, String... skills) {
    return Opportunity.posted(
        ACME, ++numbers, draft(by, title, kind, team, TODAY.plusWeeks(2), skills), AT);
  }

  private static OpportunityDraft draft(
      Person by,
      String title,
      OpportunityKind kind,
      Optional<String> team,
      LocalDate closesOn,
      String... skills) {
    return new OpportunityDraft(
        by.id(), title, kind, team, List.of(skills), Optional.empty(), closesOn);
  }
}

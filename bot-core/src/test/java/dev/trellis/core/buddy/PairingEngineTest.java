package dev.trellis.core.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairingEngineTest {

  private final PairingEngine engine = new PairingEngine();

  static PersonId id(String name) {
    return new PersonId(name);
  }

  static BuddyCandidate person(String name) {
    return BuddyCandidate.available(id(name));
  }

  static BuddyCandidate person(String name, String department) {
    return person(name).inDepartment(department);
  }

  static List<BuddyCandidate> people(String... names) {
    return Arrays.stream(names).map(PairingEngineTest::person).toList();
  }

  static PastRound round(int number, String... pairs) {
    return new PastRound(
        number,
        Arrays.stream(pairs)
            .map(p -> Arrays.stream(p.split("-")).map(PersonId::new).toList())
            .toList());
  }

  static Set<Set<String>> groupsOf(PairingResult result) {
    return result.groups().stream()
        .map(g -> g.members().stream().map(PersonId::value).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  static Set<String> set(String... names) {
    return Set.of(names);
  }

  private PairingResult pair(List<BuddyCandidate> candidates, PastRound... history) {
    return engine.pair(PairingRound.of(candidates, List.of(history), 42));
  }

  @Nested
  class TinyCohorts {

    @Test
    void givenOnePerson_thenTheyAreLeftOutAndToldWhy() {
      PairingResult result = pair(people("ann"));

      assertThat(result.groups()).isEmpty();
      assertThat(result.leftOut())
          .containsExactly(
              new LeftOut(
                  id("ann"),
                  LeftOut.Reason.ONLY_ONE_LEFT,
                  "no partner possible: only one person left"));
    }

    @Test
    void givenNobody_thenTheRoundIsEmpty() {
      PairingResult result = pair(List.of());

      assertThat(result.groups()).isEmpty();
      assertThat(result.leftOut()).isEmpty();
      assertThat(result.roundNumber()).isEqualTo(1);
    }

    @Test
    void givenTwoPeople_thenTheyArePaired() {
      PairingResult result = pair(people("ann", "bob"));

      assertThat(groupsOf(result)).containsExactly(set("ann", "bob"));
      assertThat(result.leftOut()).isEmpty();
      assertThat(result.groups().get(0).why().summary())
          .isEqualTo("no shared department; different managers; never met in a round");
    }

    @Test
    void givenThreePeopleInPairs_thenTheyAreOneTrio() {
      PairingResult result = pair(people("ann", "bob", "cy"));

      assertThat(groupsOf(result)).containsExactly(set("ann", "bob", "cy"));
      assertThat(result.leftOut()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} people in groups of {1}: {2}")
  @CsvSource({
    "5, 2, 3 2",
    "7, 2, 3 2 2",
    "8, 2, 2 2 2 2",
    "4, 3, 4",
    "5, 3, 3 2",
    "7, 3, 4 3",
    "2, 3, 2",
    "6, 4, 4 2",
    "7, 4, 4 3",
    "9, 4, 5 4",
    "10, 4, 4 4 2",
    "11, 4, 4 4 3",
    "23, 2, 3 2 2 2 2 2 2 2 2 2 2",
    "31, 4, 4 4 4 4 4 4 4 3"
  })
  void shouldMakeGroupsOfTheCohortSizeWithTheRemainderSpread(int count, int size, String sizes) {
    List<BuddyCandidate> candidates =
        IntStream.range(0, count).mapToObj(i -> person("p" + (100 + i))).toList();

    PairingResult result = engine.pair(new PairingRound(size, candidates, List.of(), 6, 7));

    assertThat(result.groups().stream().map(g -> g.members().size()).sorted().toList())
        .isEqualTo(Arrays.stream(sizes.split(" ")).map(Integer::valueOf).sorted().toList());
    assertThat(result.leftOut()).isEmpty();
  }

  @Nested
  class Departments {

    @Test
    void shouldPairAcrossDepartments() {
      PairingResult result =
          pair(
              List.of(
                  person("ann", "Eng"),
                  person("bob", "Eng"),
                  person("cy", "Sales"),
                  person("di", "Sales")));

      assertThat(result.groups())
          .allSatisfy(g -> assertThat(g.why().acrossDepartments()).isTrue())
          .hasSize(2);
      assertThat(result.groups().get(0).why().summary()).startsWith("different departments (");
    }

    @Test
    void givenEveryoneInOneDepartment_thenTheyArePairedAndTheReasonSaysSo() {
      PairingResult result =
          pair(
              List.of(
                  person("ann", "Eng"),
                  person("bob", "Eng"),
                  person("cy", "Eng"),
                  person("di", "Eng"),
                  person("ed", "Eng")));

      assertThat(result.groups().stream().map(g -> g.members().size()).sorted())
          .containsExactly(2, 3);
      assertThat(result.leftOut()).isEmpty();
      assertThat(result.groups().get(0).why().acrossDepartments()).isFalse();
      assertThat(result.groups().get(0).why().summary())
          .startsWith("shares a department (Eng): no group across departments was left");
    }

    @Test
    void shouldPreferDifferentManagersWhenTheDepartmentIsTheSame() {
      PersonId lead1 = id("lead1");
      PersonId lead2 = id("lead2");
      PairingResult result =
          pair(
              List.of(
                  person("ann", "Eng").reportingTo(lead1),
                  person("bob", "Eng").reportingTo(lead1),
                  person("cy", "Eng").reportingTo(lead2),
                  person("di", "Eng").reportingTo(lead2)));

      assertThat(result.groups()).allSatisfy(g -> assertThat(g.why().acrossManagers()).isTrue());
    }
  }

  @Nested
  class History {

    @Test
    void givenAHistoryWhereOnlyOneGroupingOfFoursIsFresh_thenThatOneIsFound() {
      List<BuddyCandidate> cohort = new java.util.ArrayList<>();
      for (int i = 0; i < 24; i++) {
        cohort.add(person(String.format("p%02d", i)));
      }
      Set<Set<String>> fresh = new java.util.HashSet<>();
      for (int g = 0; g < 6; g++) {
        fresh.add(set(name(4 * g), name(4 * g + 1), name(4 * g + 2), name(4 * g + 3)));
      }
      List<List<PersonId>> met = new java.util.ArrayList<>();
      for (int a = 0; a < 24; a++) {
        for (int b = a + 1; b < 24; b++) {
          if (a / 4 != b / 4) {
            met.add(List.of(id(name(a)), id(name(b))));
          }
        }
      }

      PairingResult result =
          engine.pair(new PairingRound(4, cohort, List.of(new PastRound(1, met)), 6, 42));

      assertThat(groupsOf(result)).isEqualTo(fresh);
      assertThat(result.groups()).noneMatch(g -> g.why().repeatWithinWindow());
    }

    private static String name(int i) {
      return String.format("p%02d", i);
    }

    @Test
    void shouldNotRepeatAPairFromTheWindowWhileAFreshOneExists() {
      PairingResult result = pair(people("ann", "bob", "cy", "di"), round(1, "ann-bob", "cy-di"));

      assertThat(groupsOf(result)).doesNotContain(set("ann", "bob"), set("cy", "di")).hasSize(2);
      assertThat(result.roundNumber()).isEqualTo(2);
    }

    @Test
    void shouldPreferAFreshPairInTheSameDepartmentToARepeatAcrossDepartments() {
      PairingResult result =
          pair(
              List.of(
                  person("ann", "Eng"),
                  person("bob", "Sales"),
                  person("cy", "Eng"),
                  person("di", "Sales")),
              round(4, "ann-bob", "cy-di"),
              round(5, "ann-di", "cy-bob"));

      assertThat(groupsOf(result)).containsExactlyInAnyOrder(set("ann", "cy"), set("bob", "di"));
    }

    @Test
    void givenNoFreshPair_thenThePairMetLongestAgoAndTheReasonSaysSo() {
      PairingResult result =
          pair(
              people("ann", "bob", "cy", "di"),
              round(5, "ann-bob", "cy-di"),
              round(6, "ann-cy", "bob-di"),
              round(7, "ann-di", "bob-cy"));

      assertThat(groupsOf(result)).containsExactlyInAnyOrder(set("ann", "bob"), set("cy", "di"));
      WhyThisGroup why = result.groups().get(0).why();
      assertThat(why.repeatWithinWindow()).isTrue();
      assertThat(why.lastMetRoundsAgo()).hasValue(3);
      assertThat(why.summary())
          .endsWith(
              "met 3 rounds ago, within the 6-round no-repeat window: no fresh group was found,"
                  + " so the one met longest ago");
    }

    @Test
    void givenTwoPeopleWhoMetLastRound_thenTheyMeetAgainRatherThanBeLeftOut() {
      PairingResult result = pair(people("ann", "bob"), round(3, "ann-bob"));

      assertThat(groupsOf(result)).containsExactly(set("ann", "bob"));
      assertThat(result.groups().get(0).why().lastMetRoundsAgo()).hasValue(1);
      assertThat(result.groups().get(0).why().summary()).contains("met last round");
    }

    @Test
    void givenAPairMetBeforeTheWindow_thenItIsFreshAgain() {
      PairingResult result = pair(people("ann", "bob"), round(1, "ann-bob"), round(7, "x-y"));

      WhyThisGroup why = result.groups().get(0).why();
      assertThat(why.repeatWithinWindow()).isFalse();
      assertThat(why.summary()).endsWith("met 7 rounds ago, outside the 6-round no-repeat window");
    }

    @Test
    void shouldIgnorePeopleInTheHistoryWhoAreNotInTheCohortAnyMore() {
      PairingResult result = pair(people("ann", "bob", "cy"), round(1, "ann-gone", "bob-cy-left"));

      assertThat(groupsOf(result)).containsExactly(set("ann", "bob", "cy"));
    }
  }

  @Nested
  class HardRules {

    @Test
    void shouldNeverPairAManagerWithTheirOwnReportEvenWhenThatLeavesThemOut() {
      PairingResult result = pair(List.of(person("boss"), person("rep").reportingTo(id("boss"))));

      assertThat(result.groups()).isEmpty();
      assertThat(result.leftOut())
          .extracting(LeftOut::personId, LeftOut::reason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(id("boss"), LeftOut.Reason.NO_ALLOWED_PARTNER),
              org.assertj.core.groups.Tuple.tuple(id("rep"), LeftOut.Reason.NO_ALLOWED_PARTNER));
      assertThat(result.leftOut().get(0).why())
          .isEqualTo(
              "no partner possible: everyone left to pair with is their manager, their report or"
                  + " on a \"not with\" list");
    }

    @Test
    void givenAManagerAndTwoReports_thenTheReportsArePairedAndTheManagerIsLeftOut() {
      PairingResult result =
          pair(
              List.of(
                  person("boss"),
                  person("r1").reportingTo(id("boss")),
                  person("r2").reportingTo(id("boss"))));

      assertThat(groupsOf(result)).containsExactly(set("r1", "r2"));
      assertThat(result.leftOut())
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.personId()).isEqualTo(id("boss"));
                assertThat(l.reason()).isEqualTo(LeftOut.Reason.NO_ALLOWED_PARTNER);
              });
    }

    @Test
    void shouldPairAManagerWithSomeoneElse() {
      PairingResult result =
          pair(
              List.of(
                  person("boss"),
                  person("rep").reportingTo(id("boss")),
                  person("cy"),
                  person("di")),
              round(1, "rep-cy"));

      assertThat(groupsOf(result)).containsExactlyInAnyOrder(set("boss", "cy"), set("rep", "di"));
    }

    @Test
    void shouldHonourANotWithListEvenWhenThatLeavesSomeoneOut() {
      PairingResult result =
          pair(List.of(person("ann"), person("bob").notWith(Set.of(id("ann"))), person("cy")));

      assertThat(result.groups())
          .singleElement()
          .satisfies(g -> assertThat(g.members()).hasSize(2));
      assertThat(groupsOf(result)).doesNotContain(set("ann", "bob"));
      assertThat(result.leftOut())
          .singleElement()
          .satisfies(l -> assertThat(l.reason()).isEqualTo(LeftOut.Reason.NO_ALLOWED_PARTNER));
    }

    @Test
    void givenANotWithList_thenTheOthersArePaired() {
      PairingResult result =
          pair(
              List.of(
                  person("ann").notWith(Set.of(id("bob"))),
                  person("bob"),
                  person("cy"),
                  person("di")),
              round(1, "ann-cy", "bob-di"));

      assertThat(groupsOf(result)).containsExactlyInAnyOrder(set("ann", "di"), set("bob", "cy"));
    }

    @Test
    void givenALargeCohort_thenAManagerWhoseReportsAreTheRestStillFindsAPlace() {
      List<BuddyCandidate> candidates = new ArrayList<>();
      candidates.add(person("boss"));
      for (int i = 0; i < 30; i++) {
        candidates.add(person("r" + (10 + i)).reportingTo(id("boss")));
      }
      candidates.add(person("zed"));

      PairingResult result = pair(candidates);

      assertThat(result.leftOut()).isEmpty();
      assertThat(result.groupOf(id("boss")).orElseThrow().members())
          .containsExactlyInAnyOrder(id("boss"), id("zed"));
    }
  }

  @Test
  void shouldLeaveOutWhoCannotTakePartWithTheReason() {
    PairingResult result =
        pair(
            List.of(
                person("ann"),
                person("bob"),
                person("cy").with(new Availability.PausedUntil(LocalDate.of(2026, 12, 1))),
                person("di").with(new Availability.OptedOut()),
                person("ed").with(new Availability.Guest()),
                person("flo").with(new Availability.Unreachable())));

    assertThat(groupsOf(result)).containsExactly(set("ann", "bob"));
    assertThat(result.leftOut())
        .extracting(l -> l.personId().value() + ": " + l.why())
        .containsExactly(
            "cy: paused until 2026-12-01",
            "di: opted out",
            "ed: guest accounts are not paired",
            "flo: unreachable: the bot cannot message them");
    assertThat(result.leftOut())
        .extracting(LeftOut::reason)
        .containsExactly(
            LeftOut.Reason.PAUSED,
            LeftOut.Reason.OPTED_OUT,
            LeftOut.Reason.GUEST,
            LeftOut.Reason.UNREACHABLE);
  }

  @Nested
  class Determinism {

    private final List<BuddyCandidate> cohort =
        IntStream.range(0, 40).mapToObj(i -> person("p" + (100 + i), "D" + (i % 3))).toList();

    @Test
    void theSameSeedGivesTheSameGroupsWhateverTheOrderOfTheCandidates() {
      List<BuddyCandidate> shuffled = new ArrayList<>(cohort);
      Collections.shuffle(shuffled, new Random(3));

      assertThat(engine.pair(PairingRound.of(shuffled, List.of(), 9)))
          .isEqualTo(engine.pair(PairingRound.of(cohort, List.of(), 9)));
    }

    @Test
    void anotherSeedUsuallyGivesOtherGroups() {
      Set<Set<Set<String>>> outcomes = new HashSet<>();
      for (long seed = 0; seed < 5; seed++) {
        outcomes.add(groupsOf(engine.pair(PairingRound.of(cohort, List.of(), seed))));
      }
      assertThat(outcomes).hasSize(5);
    }

    @Test
    void aSmallCohortAlsoVariesWithTheSeed() {
      Set<Set<Set<String>>> outcomes = new HashSet<>();
      for (long seed = 0; seed < 20; seed++) {
        outcomes.add(
            groupsOf(
                engine.pair(
                    PairingRound.of(people("a", "b", "c", "d", "e", "f"), List.of(), seed))));
      }
      assertThat(outcomes).hasSizeGreaterThan(5);
    }
  }

  @Test
  void givenRoundAfterRound_thenNobodyMeetsTheSamePersonWithinTheWindow() {
    List<BuddyCandidate> cohort =
        IntStream.range(0, 300).mapToObj(i -> person("p" + (1000 + i), "D" + (i % 7))).toList();
    List<PastRound> history = new ArrayList<>();
    for (int r = 0; r < 12; r++) {
      PairingResult result = engine.pair(PairingRound.of(cohort, history, r));
      assertThat(result.groups()).noneMatch(g -> g.why().repeatWithinWindow());
      assertThat(result.groups()).allMatch(g -> g.why().acrossDepartments());
      assertThat(result.leftOut()).isEmpty();
      history.add(PastRound.of(result.roundNumber(), result));
    }
  }

  @Test
  void shouldRefuseABadRound() {
    assertThatThrownBy(() -> new PairingRound(1, List.of(), List.of(), 6, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group size is 2 to 4");
    assertThatThrownBy(() -> PairingRound.of(people("ann", "ann"), List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new PairingRound(2, List.of(), List.of(), -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

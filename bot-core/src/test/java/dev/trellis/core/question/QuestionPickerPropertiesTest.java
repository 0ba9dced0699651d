package dev.trellis.core.question;

import static dev.trellis.core.question.PickerScenario.ORG;
import static dev.trellis.core.question.PickerScenario.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class QuestionPickerPropertiesTest {

  @Property(tries = 1000)
  void neverPicksARecentQuestionWhileAFreshOneRemains(
      @ForAll @IntRange(min = 1, max = 20) int bankSize,
      @ForAll @Size(max = 6) Set<@IntRange(max = 19) Integer> retired,
      @ForAll @Size(max = 40) List<@IntRange(max = 24) Integer> history,
      @ForAll @Size(max = 3) Set<Theme> themes,
      @ForAll @IntRange(min = 1, max = 20) int window,
      @ForAll @IntRange(max = 22) int count,
      @ForAll long seed) {
    PickerScenario scenario = new PickerScenario(bankSize, retired);
    history.forEach(scenario::asked);
    Set<QuestionId> eligible = ids(scenario.bank.eligible(ORG, themes));
    List<QuestionId> lastN = lastN(history, bankSize, window);
    Set<QuestionId> fresh = new HashSet<>(eligible);
    fresh.removeAll(lastN);

    List<Question> picked =
        scenario.picker(window).pick(ORG, PERSON, count, themes, new SplittableRandom(seed));

    Set<QuestionId> pickedIds = ids(picked);
    assertThat(picked).hasSize(Math.min(count, eligible.size()));
    assertThat(pickedIds).hasSize(picked.size()).isSubsetOf(eligible);
    assertThat(picked).noneMatch(Question::retired);
    if (count <= fresh.size()) {
      assertThat(pickedIds).filteredOn(lastN::contains).isEmpty();
    } else {
      assertThat(pickedIds).containsAll(fresh);
      thenTheRecentOnesPickedWereAskedLongestAgo(pickedIds, eligible, lastN);
    }
  }

  @Property(tries = 300)
  void asksEveryEligibleQuestionBeforeAskingOneAgain(
      @ForAll @IntRange(min = 1, max = 20) int bankSize,
      @ForAll @Size(max = 6) Set<@IntRange(max = 19) Integer> retired,
      @ForAll @IntRange(min = 1, max = 20) int window,
      @ForAll @IntRange(min = 1, max = 60) int rounds,
      @ForAll long seed) {
    PickerScenario scenario = new PickerScenario(bankSize, retired);
    QuestionPicker picker = scenario.picker(window);
    SplittableRandom random = new SplittableRandom(seed);
    int eligible = scenario.bank.eligible(ORG, Set.of()).size();
    List<QuestionId> asked = new ArrayList<>();

    for (int round = 0; round < rounds; round++) {
      List<Question> picked = picker.pick(ORG, PERSON, 1, Set.of(), random);
      picked.forEach(q -> scenario.askedId(q.id()));
      picked.forEach(q -> asked.add(q.id()));
    }

    int gap = Math.min(window, eligible - 1);
    for (int i = 0; i < asked.size(); i++) {
      assertThat(asked.subList(Math.max(0, i - gap), i))
          .as("pick %d of %s", i, asked)
          .doesNotContain(asked.get(i));
    }
    assertThat(asked).hasSize(eligible == 0 ? 0 : rounds);
  }

  @Property(tries = 200)
  void theSameSeedGivesTheSamePicks(
      @ForAll @IntRange(min = 1, max = 20) int bankSize,
      @ForAll @Size(max = 40) List<@IntRange(max = 24) Integer> history,
      @ForAll @IntRange(min = 1, max = 20) int window,
      @ForAll @IntRange(max = 22) int count,
      @ForAll long seed) {
    PickerScenario first = new PickerScenario(bankSize, Set.of());
    PickerScenario second = new PickerScenario(bankSize, Set.of());
    history.forEach(first::asked);
    history.forEach(second::asked);

    assertThat(first.picker(window).pick(ORG, PERSON, count, Set.of(), new SplittableRandom(seed)))
        .isEqualTo(
            second.picker(window).pick(ORG, PERSON, count, Set.of(), new SplittableRandom(seed)));
  }

  /** Every recent question picked was asked before (or at the same time as) every one left out. */
  private static void thenTheRecentOnesPickedWereAskedLongestAgo(
      Set<QuestionId> picked, Set<QuestionId> eligible, List<QuestionId> lastN) {
    Map<QuestionId, Integer> age = new HashMap<>();
    for (int i = 0; i < lastN.size(); i++) {
      age.putIfAbsent(lastN.get(i), i);
    }
    int youngestPicked =
        picked.stream().filter(age::containsKey).mapToInt(age::get).min().orElse(Integer.MAX_VALUE);
    int oldestLeftOut =
        eligible.stream()
            .filter(id -> !picked.contains(id))
            .mapToInt(age::get)
            .max()
            .orElse(Integer.MIN_VALUE);
    assertThat(youngestPicked).isGreaterThan(oldestLeftOut);
  }

  /** The ids of the last {@code n} questions asked, newest first. */
  private static List<QuestionId> lastN(List<Integer> history, int bankSize, int n) {
    List<QuestionId> newestFirst = new ArrayList<>();
    for (int i = history.size() - 1; i >= 0 && newestFirst.size() < n; i--) {
      int q = history.get(i);
      newestFirst.add(q < bankSize ? PickerScenario.id(q) : new QuestionId("custom:gone" + q));
    }
    return newestFirst;
  }

  private static Set<QuestionId> ids(List<Question> questions) {
    return questions.stream().map(Question::id).collect(Collectors.toSet());
  }
}

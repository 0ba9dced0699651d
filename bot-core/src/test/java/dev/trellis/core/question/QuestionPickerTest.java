package dev.trellis.core.question;

import static dev.trellis.core.question.PickerScenario.ORG;
import static dev.trellis.core.question.PickerScenario.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuestionPickerTest {

  @Test
  void givenEveryQuestionWasAskedRecently_thenTheOneAskedLongestAgoComesFirst() {
    PickerScenario scenario = new PickerScenario(4, Set.of());
    List.of(2, 0, 3, 1, 0).forEach(scenario::asked);

    List<Question> picked =
        scenario.picker(12).pick(ORG, PERSON, 3, Set.of(), new SplittableRandom(1));

    assertThat(picked)
        .extracting(Question::id)
        .containsExactly(PickerScenario.id(2), PickerScenario.id(3), PickerScenario.id(1));
  }

  @Test
  void onlyTheLastNPromptsCount() {
    PickerScenario scenario = new PickerScenario(3, Set.of());
    List.of(0, 1, 2, 1, 2).forEach(scenario::asked);

    List<Question> picked =
        scenario.picker(2).pick(ORG, PERSON, 1, Set.of(), new SplittableRandom(7));

    assertThat(picked).extracting(Question::id).containsExactly(PickerScenario.id(0));
  }

  @Test
  void retiredQuestionsAreNeverPickedEvenWhenAllOthersWereAskedRecently() {
    PickerScenario scenario = new PickerScenario(3, Set.of(0, 1));
    List.of(2, 2, 2).forEach(scenario::asked);

    List<Question> picked =
        scenario.picker(12).pick(ORG, PERSON, 3, Set.of(), new SplittableRandom(3));

    assertThat(picked).extracting(Question::id).containsExactly(PickerScenario.id(2));
  }

  @Test
  void givenThemes_thenOnlyQuestionsOfThoseThemesArePicked() {
    PickerScenario scenario = new PickerScenario(12, Set.of());

    List<Question> picked =
        scenario
            .picker(12)
            .pick(ORG, PERSON, 10, Set.of(Theme.LATTICE, Theme.SKILLS), new SplittableRandom(5));

    assertThat(picked)
        .hasSize(4)
        .allMatch(q -> Set.of(Theme.LATTICE, Theme.SKILLS).contains(q.theme()));
  }

  @Test
  void anotherPersonsHistoryDoesNotCount() {
    PickerScenario scenario = new PickerScenario(2, Set.of());
    scenario.asked(0);

    List<Question> forSomeoneElse =
        scenario
            .picker(12)
            .pick(ORG, new PersonId("person-2"), 2, Set.of(), new SplittableRandom(9));
    List<Question> forThePerson =
        scenario.picker(12).pick(ORG, PERSON, 1, Set.of(), new SplittableRandom(9));

    assertThat(forSomeoneElse).hasSize(2);
    assertThat(forThePerson).extracting(Question::id).containsExactly(PickerScenario.id(1));
  }

  @Test
  void givenNothingToAsk_thenNothingIsPicked() {
    PickerScenario scenario = new PickerScenario(2, Set.of(0, 1));
    QuestionPicker picker = scenario.picker(12);

    assertThat(picker.pick(ORG, PERSON, 2, Set.of(), new SplittableRandom(1))).isEmpty();
    assertThat(
            new PickerScenario(3, Set.of())
                .picker(12)
                .pick(ORG, PERSON, 0, Set.of(), new SplittableRandom(1)))
        .isEmpty();
  }

  @Test
  void differentSeedsSpreadThePicks() {
    PickerScenario scenario = new PickerScenario(20, Set.of());
    QuestionPicker picker = scenario.picker(12);

    long distinctFirstPicks =
        LongStream.range(0, 40)
            .mapToObj(seed -> picker.pick(ORG, PERSON, 1, Set.of(), new SplittableRandom(seed)))
            .map(picks -> picks.get(0))
            .distinct()
            .count();

    assertThat(distinctFirstPicks).isGreaterThan(5);
  }

  @Test
  void theWindowDefaultsTo12AndIsChecked() {
    PickerScenario scenario = new PickerScenario(1, Set.of());

    assertThat(new QuestionPicker(scenario.bank, scenario.prompted).noRepeatWindow()).isEqualTo(12);
    assertThatThrownBy(() -> scenario.picker(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> scenario.picker(1).pick(ORG, PERSON, -1, Set.of(), new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

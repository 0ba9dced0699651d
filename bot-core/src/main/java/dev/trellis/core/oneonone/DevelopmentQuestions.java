package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.question.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The two development questions of each occurrence of a 1:1, picked once and kept, so the agenda
 * and both last-15 prompts agree. A pair is not asked a question it had in its recent 1:1s while
 * another one remains: the pair's history lives in {@link PromptedQuestions} under the pseudo
 * person {@code 1on1:<1:1 id>}, and the picker's no-repeat window counts its questions (two per
 * occurrence). Questions come from the themes of career conversations (aspirations, skills,
 * learning, the lattice), topped up from any theme when those run out.
 */
public final class DevelopmentQuestions {

  public static final Set<Theme> THEMES =
      EnumSet.of(Theme.ASPIRATIONS, Theme.SKILLS, Theme.LEARNING, Theme.LATTICE);
  public static final int PER_OCCURRENCE = 2;

  private final QuestionPicker picker;
  private final PromptedQuestions asked;
  private final AgendaQuestions picked;
  private final RandomGenerator random;

  public DevelopmentQuestions(
      QuestionPicker picker,
      PromptedQuestions asked,
      AgendaQuestions picked,
      RandomGenerator random) {
    this.picker = picker;
    this.asked = asked;
    this.picked = picked;
    this.random = random;
  }

  /**
   * The questions of the occurrence on {@code date}: those picked before, else new ones, stored and
   * counted in the pair's history. Empty only when the org's bank has no question at all.
   */
  public List<PickedQuestion> forOccurrence(OneOnOne oneOnOne, LocalDate date, Instant now) {
    Optional<PickedQuestions> stored = picked.find(oneOnOne.orgId(), oneOnOne.id(), date);
    if (stored.isPresent()) {
      return stored.get().questions();
    }
    PersonId pair = pairOf(oneOnOne);
    List<Question> chosen = choose(oneOnOne, pair);
    if (chosen.isEmpty()) {
      return List.of();
    }
    PickedQuestions fresh =
        new PickedQuestions(
            oneOnOne.orgId(),
            oneOnOne.id(),
            date,
            chosen.stream().map(q -> new PickedQuestion(q.id(), q.text())).toList(),
            now);
    if (!picked.addIfAbsent(fresh)) {
      return picked
          .find(oneOnOne.orgId(), oneOnOne.id(), date)
          .map(PickedQuestions::questions)
          .orElse(fresh.questions());
    }
    chosen.forEach(q -> asked.record(oneOnOne.orgId(), pair, q.id(), now));
    return fresh.questions();
  }

  /** The name under which a pair's questions are kept in {@link PromptedQuestions}. */
  public static PersonId pairOf(OneOnOne oneOnOne) {
    return new PersonId("1on1:" + oneOnOne.id().value());
  }

  private List<Question> choose(OneOnOne oneOnOne, PersonId pair) {
    List<Question> chosen =
        new ArrayList<>(picker.pick(oneOnOne.orgId(), pair, PER_OCCURRENCE, THEMES, random));
    if (chosen.size() < PER_OCCURRENCE) {
      for (Question q : picker.pick(oneOnOne.orgId(), pair, PER_OCCURRENCE * 2, Set.of(), random)) {
        if (chosen.size() < PER_OCCURRENCE && !chosen.contains(q)) {
          chosen.add(q);
        }
      }
    }
    return chosen;
  }
}

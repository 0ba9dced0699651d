package dev.trellis.core.question;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks the questions to ask a person next. A question asked within the person's last {@code
 * noRepeatWindow} prompts is not asked again while another eligible question remains; when every
 * eligible question was asked recently, the one asked longest ago comes first. Retired questions
 * are never picked. The same random seed and the same data give the same picks.
 *
 * <p>Picking does not record anything: whoever sends the prompt records it in {@link
 * PromptedQuestions}, so a prompt that was never sent does not count as asked.
 */
public final class QuestionPicker {

  public static final int DEFAULT_NO_REPEAT_WINDOW = 12;
  public static final int MAX_NO_REPEAT_WINDOW = 500;

  private final QuestionBank bank;
  private final PromptedQuestions prompted;
  private final int noRepeatWindow;

  public QuestionPicker(QuestionBank bank, PromptedQuestions prompted) {
    this(bank, prompted, DEFAULT_NO_REPEAT_WINDOW);
  }

  public QuestionPicker(QuestionBank bank, PromptedQuestions prompted, int noRepeatWindow) {
    if (noRepeatWindow < 1 || noRepeatWindow > MAX_NO_REPEAT_WINDOW) {
      throw new IllegalArgumentException(
          "The no-repeat window is 1 to "
              + MAX_NO_REPEAT_WINDOW
              + " prompts, not "
              + noRepeatWindow);
    }
    this.bank = Objects.requireNonNull(bank, "bank");
    this.prompted = Objects.requireNonNull(prompted, "prompted");
    this.noRepeatWindow = noRepeatWindow;
  }

  public int noRepeatWindow() {
    return noRepeatWindow;
  }

  /**
   * Up to {@code count} different questions for the person, of the given themes (empty: any). Fewer
   * when the org has fewer eligible questions; none when it has none.
   */
  public List<Question> pick(
      OrgId orgId, PersonId personId, int count, Set<Theme> themes, RandomGenerator random) {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(themes, "themes");
    Objects.requireNonNull(random, "random");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<Question> eligible = bank.eligible(orgId, themes);
    if (count == 0 || eligible.isEmpty()) {
      return List.of();
    }
    return choose(eligible, ages(prompted.recent(orgId, personId, noRepeatWindow)), count, random);
  }

  /**
   * One question for each person, as {@link #pick} would choose it, reading the bank and everyone's
   * history once: the way to prompt thousands of people in one minute.
   */
  public Map<PersonId, Question> pickOneForEach(
      OrgId orgId, List<PersonId> personIds, RandomGenerator random) {
    List<Question> eligible = bank.eligible(orgId, Set.of());
    Map<PersonId, Question> picked = new HashMap<>();
    if (eligible.isEmpty()) {
      return picked;
    }
    Map<PersonId, List<PromptedQuestion>> history =
        prompted.recentOfAll(orgId, personIds, noRepeatWindow);
    for (PersonId person : personIds) {
      Map<QuestionId, Integer> age = ages(history.getOrDefault(person, List.of()));
      picked.put(person, choose(new ArrayList<>(eligible), age, 1, random).get(0));
    }
    return picked;
  }

  private static List<Question> choose(
      List<Question> eligible, Map<QuestionId, Integer> age, int count, RandomGenerator random) {
    List<Question> fresh = new ArrayList<>();
    List<Question> recent = new ArrayList<>();
    for (Question q : eligible) {
      (age.containsKey(q.id()) ? recent : fresh).add(q);
    }
    List<Question> picked = new ArrayList<>(Math.min(count, eligible.size()));
    takeRandomly(fresh, Math.min(count, fresh.size()), random, picked);
    recent.sort(
        Comparator.comparing((Question q) -> age.get(q.id()))
            .reversed()
            .thenComparing(q -> q.id().value()));
    for (int i = 0; picked.size() < count && i < recent.size(); i++) {
      picked.add(recent.get(i));
    }
    return List.copyOf(picked);
  }

  /**
   * How long ago each question was last asked, counted in prompts: 0 for the newest prompt. A
   * question asked twice in the window has the age of its latest asking.
   */
  private static Map<QuestionId, Integer> ages(List<PromptedQuestion> newestFirst) {
    Map<QuestionId, Integer> age = new HashMap<>();
    for (int i = 0; i < newestFirst.size(); i++) {
      age.putIfAbsent(newestFirst.get(i).questionId(), i);
    }
    return age;
  }

  /** Moves {@code n} random questions of {@code from} into {@code into} (a partial shuffle). */
  private static void takeRandomly(
      List<Question> from, int n, RandomGenerator random, List<Question> into) {
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(from.size() - i);
      Question chosen = from.get(j);
      from.set(j, from.get(i));
      from.set(i, chosen);
      into.add(chosen);
    }
  }
}

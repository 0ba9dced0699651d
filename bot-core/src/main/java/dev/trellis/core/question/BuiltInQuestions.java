package dev.trellis.core.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions shipped with Trellis, read from the {@code questions/questions.properties} bundle.
 * Ordered by theme, then by their number in the bundle.
 */
public final class BuiltInQuestions {

  static final String BUNDLE = "questions.questions";
  private static final Pattern KEY = Pattern.compile("([a-z]+)\\.([1-9][0-9]{0,3})");

  private final Map<QuestionId, Question> byId;

  private BuiltInQuestions(List<Question> questions) {
    Map<QuestionId, Question> map = new LinkedHashMap<>();
    questions.forEach(q -> map.put(q.id(), q));
    this.byId = map;
  }

  /** Loads the English bundle from the class path. */
  public static BuiltInQuestions load() {
    return from(
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.ROOT,
            BuiltInQuestions.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * Reads questions from a bundle whose keys are {@code <theme>.<number>}.
   *
   * @throws IllegalStateException when a key or a text is malformed: the bundle ships with the
   *     code, so that is a bug to catch in the build, not at a user's prompt
   */
  static BuiltInQuestions from(ResourceBundle bundle) {
    List<Keyed> keyed = new ArrayList<>();
    for (String key : bundle.keySet()) {
      keyed.add(parse(key, bundle.getString(key)));
    }
    keyed.sort(
        Comparator.comparing((Keyed k) -> k.question().theme()).thenComparingInt(Keyed::number));
    return new BuiltInQuestions(keyed.stream().map(Keyed::question).toList());
  }

  /** Built-in questions given directly, for tests that need a small bank. */
  static BuiltInQuestions of(List<Question> questions) {
    if (questions.stream().anyMatch(q -> !q.builtIn() || q.retired())) {
      throw new IllegalArgumentException("Built-in questions are built in and not retired");
    }
    return new BuiltInQuestions(questions);
  }

  private record Keyed(Question question, int number) {}

  private static Keyed parse(String key, String text) {
    Matcher matcher = KEY.matcher(key);
    if (!matcher.matches()) {
      throw new IllegalStateException(
          "Question bundle key '" + key + "' is not <theme>.<number>, like aspirations.1");
    }
    Theme theme =
        Theme.parse(matcher.group(1))
            .filter(t -> t.key().equals(matcher.group(1)))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Question bundle key '"
                            + key
                            + "' does not start with a theme ("
                            + Theme.keys()
                            + ")"));
    Optional<String> problem = Question.textProblem(text);
    if (problem.isPresent()) {
      throw new IllegalStateException("Question " + key + ": " + problem.get());
    }
    return new Keyed(
        new Question(QuestionId.builtIn(key), theme, text, true, false),
        Integer.parseInt(matcher.group(2)));
  }

  /** Every built-in question, by theme and then number. */
  public List<Question> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Question> find(QuestionId id) {
    return Optional.ofNullable(byId.get(id));
  }
}

package dev.trellis.core.question;

import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The questions an org can ask: the built-in ones it has not retired, plus its own. An org adds,
 * edits and retires its own questions, and may retire (hide) a built-in one for itself; built-in
 * questions are never edited.
 */
public final class QuestionBank {

  private static final Comparator<Question> CUSTOM_ORDER =
      Comparator.comparing((Question q) -> q.text().toLowerCase(Locale.ROOT))
          .thenComparing(q -> q.id().value());
  private static final Comparator<Question> LIST_ORDER =
      Comparator.comparing(Question::theme).thenComparing(q -> !q.builtIn());

  private final BuiltInQuestions builtIns;
  private final OrgQuestions orgQuestions;

  public QuestionBank(BuiltInQuestions builtIns, OrgQuestions orgQuestions) {
    this.builtIns = builtIns;
    this.orgQuestions = orgQuestions;
  }

  /** A question an admin wants to add, as typed. */
  public record NewQuestion(String theme, String text) {}

  /** What an admin wants changed in a custom question; at least one of the two. */
  public record Changes(Optional<String> theme, Optional<String> text) {}

  /** The outcome of {@link #add}. */
  public sealed interface AddResult {}

  /** The outcome of {@link #edit}. */
  public sealed interface EditResult {}

  /** The outcome of {@link #retire}. */
  public sealed interface RetireResult {}

  /** The question was added, or is changed, as shown. */
  public record Saved(Question question) implements AddResult, EditResult {}

  /** The question is retired for this org (again, if it already was). */
  public record Retired(Question question) implements RetireResult {}

  /** The input was refused: {@code field} and why. */
  public record Invalid(String field, String reason) implements AddResult, EditResult {}

  /** The org has no question with this id. */
  public record NotFound(QuestionId id) implements EditResult, RetireResult {}

  /** Built-in questions cannot be edited; an org retires one and adds its own wording instead. */
  public record BuiltInNotEditable(QuestionId id) implements EditResult {}

  /**
   * The org's questions of the given themes (empty: every theme), ordered by theme, built-in ones
   * first; retired ones only when asked for.
   */
  public List<Question> list(OrgId orgId, Set<Theme> themes, boolean includeRetired) {
    Set<QuestionId> retired = orgQuestions.retiredBuiltIns(orgId);
    List<Question> custom = new ArrayList<>(orgQuestions.list(orgId));
    custom.sort(CUSTOM_ORDER);
    List<Question> all = new ArrayList<>();
    for (Question q : builtIns.all()) {
      all.add(retired.contains(q.id()) ? q.retire() : q);
    }
    all.addAll(custom);
    all.sort(LIST_ORDER);
    return all.stream()
        .filter(q -> themes.isEmpty() || themes.contains(q.theme()))
        .filter(q -> includeRetired || !q.retired())
        .toList();
  }

  /** The questions that may be asked in this org: of the given themes, not retired. */
  public List<Question> eligible(OrgId orgId, Set<Theme> themes) {
    return list(orgId, themes, false);
  }

  /** A built-in question (marked retired if this org retired it) or one of the org's own. */
  public Optional<Question> find(OrgId orgId, QuestionId id) {
    if (id.isBuiltIn()) {
      return builtIns
          .find(id)
          .map(q -> orgQuestions.retiredBuiltIns(orgId).contains(id) ? q.retire() : q);
    }
    return orgQuestions.findById(orgId, id);
  }

  public AddResult add(OrgId orgId, NewQuestion request) {
    Optional<Theme> theme = Theme.parse(request.theme());
    if (theme.isEmpty()) {
      return invalidTheme(request.theme());
    }
    Optional<String> problem = Question.textProblem(request.text());
    if (problem.isPresent()) {
      return new Invalid("text", problem.get());
    }
    Question question = Question.custom(theme.get(), request.text());
    orgQuestions.add(orgId, question);
    return new Saved(question);
  }

  public EditResult edit(OrgId orgId, QuestionId id, Changes changes) {
    if (id.isBuiltIn()) {
      return builtIns.find(id).isPresent() ? new BuiltInNotEditable(id) : new NotFound(id);
    }
    if (changes.theme().isEmpty() && changes.text().isEmpty()) {
      return new Invalid("text", "give a new text, a new theme, or both");
    }
    Optional<Theme> theme = Optional.empty();
    if (changes.theme().isPresent()) {
      theme = Theme.parse(changes.theme().get());
      if (theme.isEmpty()) {
        return invalidTheme(changes.theme().get());
      }
    }
    Optional<String> problem = changes.text().flatMap(Question::textProblem);
    if (problem.isPresent()) {
      return new Invalid("text", problem.get());
    }
    Optional<Question> edited =
        orgQuestions.edit(orgId, id, theme, changes.text().map(String::strip));
    return edited.<EditResult>map(Saved::new).orElseGet(() -> new NotFound(id));
  }

  /** Retires one of the org's questions, or hides a built-in one from this org only. */
  public RetireResult retire(OrgId orgId, QuestionId id) {
    if (id.isBuiltIn()) {
      Optional<Question> builtIn = builtIns.find(id);
      if (builtIn.isEmpty()) {
        return new NotFound(id);
      }
      orgQuestions.retireBuiltIn(orgId, id);
      return new Retired(builtIn.get().retire());
    }
    return orgQuestions
        .retire(orgId, id)
        .<RetireResult>map(Retired::new)
        .orElseGet(() -> new NotFound(id));
  }

  private static Invalid invalidTheme(String given) {
    if (given == null || given.isBlank()) {
      return new Invalid("theme", "theme is required: one of " + Theme.keys());
    }
    return new Invalid(
        "theme", "'" + given.strip() + "' is not a theme: use one of " + Theme.keys());
  }
}

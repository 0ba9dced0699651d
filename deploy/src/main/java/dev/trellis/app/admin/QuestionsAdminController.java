package dev.trellis.app.admin;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.question.QuestionId;
import dev.trellis.core.question.Theme;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An org's question bank: the built-in questions and its own; add, edit and retire. */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/questions")
class QuestionsAdminController {

  private final Orgs orgs;
  private final QuestionBank bank;

  QuestionsAdminController(Orgs orgs, QuestionBank bank) {
    this.orgs = orgs;
    this.bank = bank;
  }

  /** The body of a POST (both fields) or a PUT (either or both). */
  record QuestionBody(String theme, String text) {}

  /** A question as the API shows it. */
  record QuestionView(String id, String theme, String text, boolean builtIn, boolean retired) {
    static QuestionView of(Question q) {
      return new QuestionView(q.id().value(), q.theme().name(), q.text(), q.builtIn(), q.retired());
    }
  }

  @GetMapping
  List<QuestionView> list(
      @PathVariable String orgId,
      @RequestParam(defaultValue = "") String theme,
      @RequestParam(defaultValue = "false") boolean includeRetired) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    return bank.list(id, themes(theme), includeRetired).stream().map(QuestionView::of).toList();
  }

  @GetMapping("/{questionId}")
  QuestionView get(@PathVariable String orgId, @PathVariable String questionId) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    QuestionId question = questionId(questionId);
    return bank.find(id, question).map(QuestionView::of).orElseThrow(() -> notFound(question));
  }

  @PostMapping
  ResponseEntity<QuestionView> add(@PathVariable String orgId, @RequestBody QuestionBody body) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    QuestionBank.AddResult result =
        bank.add(id, new QuestionBank.NewQuestion(body.theme(), body.text()));
    if (result instanceof QuestionBank.Saved saved) {
      QuestionView view = QuestionView.of(saved.question());
      return ResponseEntity.created(URI.create("/api/admin/orgs/" + id + "/questions/" + view.id()))
          .body(view);
    }
    throw invalid((QuestionBank.Invalid) result);
  }

  @PutMapping("/{questionId}")
  QuestionView edit(
      @PathVariable String orgId, @PathVariable String questionId, @RequestBody QuestionBody body) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    QuestionId question = questionId(questionId);
    QuestionBank.EditResult result =
        bank.edit(
            id,
            question,
            new QuestionBank.Changes(
                Optional.ofNullable(body.theme()), Optional.ofNullable(body.text())));
    if (result instanceof QuestionBank.Saved saved) {
      return QuestionView.of(saved.question());
    }
    if (result instanceof QuestionBank.BuiltInNotEditable) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "Built-in question "
              + question
              + " cannot be edited. Retire it with DELETE and add your own wording with POST"
              + " /api/admin/orgs/"
              + id
              + "/questions");
    }
    if (result instanceof QuestionBank.NotFound) {
      throw notFound(question);
    }
    throw invalid((QuestionBank.Invalid) result);
  }

  @DeleteMapping("/{questionId}")
  ResponseEntity<Void> retire(@PathVariable String orgId, @PathVariable String questionId) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    QuestionId question = questionId(questionId);
    if (bank.retire(id, question) instanceof QuestionBank.NotFound) {
      throw notFound(question);
    }
    return ResponseEntity.noContent().build();
  }

  /** Reads {@code ?theme=skills,lattice}; empty means every theme. */
  private static Set<Theme> themes(String text) {
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    for (String part : text.split(",", -1)) {
      if (part.isBlank()) {
        continue;
      }
      themes.add(
          Theme.parse(part)
              .orElseThrow(
                  () ->
                      new AdminApiException(
                          HttpStatus.BAD_REQUEST,
                          "'"
                              + part.strip()
                              + "' is not a theme: use one of "
                              + Theme.keys()
                              + " (several separated by commas)")));
    }
    return themes;
  }

  private static QuestionId questionId(String text) {
    return QuestionId.parse(text)
        .orElseThrow(
            () ->
                new AdminApiException(
                    HttpStatus.BAD_REQUEST,
                    "A question id looks like builtin:aspirations.1 or custom:<uuid>, as GET"
                        + " .../questions lists them"));
  }

  private static AdminApiException notFound(QuestionId id) {
    return new AdminApiException(
        HttpStatus.NOT_FOUND,
        "There is no question " + id + " in this org. GET .../questions lists them.");
  }

  private static AdminApiException invalid(QuestionBank.Invalid invalid) {
    return new AdminApiException(HttpStatus.BAD_REQUEST, invalid.reason());
  }
}

package dev.trellis.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.QuestionBank.AddResult;
import dev.trellis.core.question.QuestionBank.BuiltInNotEditable;
import dev.trellis.core.question.QuestionBank.Changes;
import dev.trellis.core.question.QuestionBank.EditResult;
import dev.trellis.core.question.QuestionBank.Invalid;
import dev.trellis.core.question.QuestionBank.NewQuestion;
import dev.trellis.core.question.QuestionBank.NotFound;
import dev.trellis.core.question.QuestionBank.RetireResult;
import dev.trellis.core.question.QuestionBank.Retired;
import dev.trellis.core.question.QuestionBank.Saved;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  private static final QuestionId HAPPIEST = QuestionId.builtIn("aspirations.3");

  private final BuiltInQuestions builtIns = BuiltInQuestions.load();
  private final InMemoryOrgQuestions orgQuestions = new InMemoryOrgQuestions();
  private final QuestionBank bank = new QuestionBank(builtIns, orgQuestions);

  @Test
  void givenNoCustomQuestions_thenTheBankIsTheBuiltInOnes() {
    assertThat(bank.list(ACME, Set.of(), false)).isEqualTo(builtIns.all());
  }

  @Test
  void customQuestionsJoinTheirThemeAfterTheBuiltInOnes() {
    Question added = added(ACME, "lattice", "Which guild would you like to join?");

    List<Question> lattice = bank.list(ACME, Set.of(Theme.LATTICE), false);

    assertThat(lattice).last().isEqualTo(added);
    assertThat(lattice.subList(0, lattice.size() - 1)).allMatch(Question::builtIn);
    assertThat(bank.list(ACME, Set.of(), false)).hasSize(builtIns.all().size() + 1);
    assertThat(bank.list(ACME, Set.of(), false).stream().map(Question::theme))
        .isSortedAccordingTo(Enum::compareTo);
  }

  @Test
  void givenAThemeFilter_thenOnlyThoseThemesAreListed() {
    added(ACME, "skills", "What do you enjoy teaching others?");

    assertThat(bank.list(ACME, Set.of(Theme.SKILLS, Theme.FEEDBACK), false))
        .isNotEmpty()
        .allMatch(q -> q.theme() == Theme.SKILLS || q.theme() == Theme.FEEDBACK)
        .anyMatch(q -> !q.builtIn());
  }

  @Test
  void givenARetiredBuiltIn_thenItIsHiddenForThatOrgOnly() {
    assertThat(bank.retire(ACME, HAPPIEST)).isInstanceOf(Retired.class);

    assertThat(bank.eligible(ACME, Set.of())).extracting(Question::id).doesNotContain(HAPPIEST);
    assertThat(bank.list(ACME, Set.of(), true))
        .filteredOn(q -> q.id().equals(HAPPIEST))
        .singleElement()
        .matches(Question::retired);
    assertThat(bank.find(ACME, HAPPIEST)).hasValueSatisfying(q -> assertThat(q.retired()).isTrue());
    assertThat(bank.eligible(GLOBEX, Set.of())).extracting(Question::id).contains(HAPPIEST);
    assertThat(bank.find(GLOBEX, HAPPIEST))
        .hasValueSatisfying(q -> assertThat(q.retired()).isFalse());
  }

  @Test
  void givenARetiredCustomQuestion_thenItIsListedOnlyWithRetiredOnes() {
    Question added = added(ACME, "feedback", "Who gave you the most useful feedback this year?");

    RetireResult result = bank.retire(ACME, added.id());

    assertThat(result).isEqualTo(new Retired(added.retire()));
    assertThat(bank.eligible(ACME, Set.of())).doesNotContain(added);
    assertThat(bank.list(ACME, Set.of(), true)).contains(added.retire());
    assertThat(bank.retire(ACME, added.id())).isEqualTo(new Retired(added.retire()));
  }

  @Test
  void oneOrgsQuestionsAreNeverAnotherOrgs() {
    Question added = added(ACME, "networks", "Who did you meet at the last all-hands?");

    assertThat(bank.list(GLOBEX, Set.of(), true)).doesNotContain(added);
    assertThat(bank.find(GLOBEX, added.id())).isEmpty();
    assertThat(bank.edit(GLOBEX, added.id(), changes("skills", null)))
        .isEqualTo(new NotFound(added.id()));
    assertThat(bank.retire(GLOBEX, added.id())).isEqualTo(new NotFound(added.id()));
    assertThat(bank.find(ACME, added.id())).hasValue(added);
  }

  @Test
  void anOrgEditsTheTextAndThemeOfItsOwnQuestion() {
    Question added = added(ACME, "skills", "What do you enjoy teaching others?");

    EditResult text = bank.edit(ACME, added.id(), changes(null, " What could you teach others? "));
    EditResult theme = bank.edit(ACME, added.id(), changes("LATTICE", null));

    assertThat(text)
        .isEqualTo(
            new Saved(
                new Question(
                    added.id(), Theme.SKILLS, "What could you teach others?", false, false)));
    assertThat(theme)
        .isEqualTo(
            new Saved(
                new Question(
                    added.id(), Theme.LATTICE, "What could you teach others?", false, false)));
  }

  @Test
  void builtInQuestionsCannotBeEdited() {
    assertThat(bank.edit(ACME, HAPPIEST, changes(null, "When were you happiest here?")))
        .isEqualTo(new BuiltInNotEditable(HAPPIEST));
    assertThat(bank.edit(ACME, QuestionId.builtIn("skills.999"), changes(null, "Anything else?")))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void givenBadInput_thenTheFieldAndReasonAreSaid() {
    assertThat(bank.add(ACME, new NewQuestion("careers", "What is next for you?")))
        .isEqualTo(
            new Invalid(
                "theme",
                "'careers' is not a theme: use one of aspirations, skills, learning, feedback,"
                    + " networks, lattice"));
    assertThat(bank.add(ACME, new NewQuestion(null, "What is next for you?")))
        .isInstanceOf(Invalid.class)
        .hasFieldOrPropertyWithValue("field", "theme");
    assertThat(bank.add(ACME, new NewQuestion("skills", "Why?")))
        .isEqualTo(new Invalid("text", "text must be 5 to 500 characters, not 4"));
    Question added = added(ACME, "skills", "What do you enjoy teaching others?");
    assertThat(bank.edit(ACME, added.id(), changes(null, null))).isInstanceOf(Invalid.class);
    assertThat(bank.edit(ACME, added.id(), changes("nope", null))).isInstanceOf(Invalid.class);
    assertThat(bank.edit(ACME, added.id(), changes(null, ""))).isInstanceOf(Invalid.class);
    assertThat(bank.list(ACME, Set.of(), true)).hasSize(builtIns.all().size() + 1);
    assertThat(bank.find(ACME, added.id())).hasValue(added);
  }

  @Test
  void unknownQuestionsAreNotFound() {
    QuestionId unknown = QuestionId.newCustom();

    assertThat(bank.find(ACME, unknown)).isEmpty();
    assertThat(bank.retire(ACME, unknown)).isEqualTo(new NotFound(unknown));
    assertThat(bank.retire(ACME, QuestionId.builtIn("skills.999"))).isInstanceOf(NotFound.class);
    assertThat(bank.edit(ACME, unknown, changes("skills", null))).isEqualTo(new NotFound(unknown));
  }

  private Question added(OrgId orgId, String theme, String text) {
    AddResult result = bank.add(orgId, new NewQuestion(theme, text));
    assertThat(result).isInstanceOf(Saved.class);
    return ((Saved) result).question();
  }

  private static Changes changes(String theme, String text) {
    return new Changes(Optional.ofNullable(theme), Optional.ofNullable(text));
  }
}

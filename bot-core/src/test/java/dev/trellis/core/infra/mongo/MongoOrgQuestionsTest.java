package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionId;
import dev.trellis.core.question.Theme;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOrgQuestionsTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private MongoDatabase db;
  private MongoOrgQuestions questions;

  @BeforeEach
  void emptyDatabase() {
    db = mongo.db();
    questions = new MongoOrgQuestions(db);
  }

  @Test
  void anAddedQuestionIsFoundAndListedAsItWasAdded() {
    Question question = Question.custom(Theme.NETWORKS, "Who did you meet at the offsite?");

    questions.add(ACME, question);

    assertThat(questions.findById(ACME, question.id())).hasValue(question);
    assertThat(questions.list(ACME)).containsExactly(question);
    assertThat(db.getCollection(MongoSchema.QUESTIONS).find().first())
        .isEqualTo(
            new Document("_id", question.id().value())
                .append("orgId", "acme")
                .append("theme", "NETWORKS")
                .append("text", "Who did you meet at the offsite?")
                .append("retired", false));
  }

  @Test
  void anEditChangesOnlyWhatItGives() {
    Question question = Question.custom(Theme.SKILLS, "What do you enjoy teaching others?");
    questions.add(ACME, question);

    Optional<Question> text =
        questions.edit(
            ACME, question.id(), Optional.empty(), Optional.of("What could you teach others?"));
    Optional<Question> theme =
        questions.edit(ACME, question.id(), Optional.of(Theme.LATTICE), Optional.empty());

    Question expected =
        new Question(question.id(), Theme.LATTICE, "What could you teach others?", false, false);
    assertThat(text).hasValueSatisfying(q -> assertThat(q.theme()).isEqualTo(Theme.SKILLS));
    assertThat(theme).hasValue(expected);
    assertThat(questions.findById(ACME, question.id())).hasValue(expected);
    assertThat(questions.edit(ACME, question.id(), Optional.empty(), Optional.empty()))
        .hasValue(expected);
  }

  @Test
  void aRetiredQuestionStaysFindableAndListed() {
    Question question = Question.custom(Theme.FEEDBACK, "Who could review your next design?");
    questions.add(ACME, question);

    assertThat(questions.retire(ACME, question.id())).hasValue(question.retire());
    assertThat(questions.retire(ACME, question.id())).hasValue(question.retire());
    assertThat(questions.list(ACME)).containsExactly(question.retire());
  }

  @Test
  void oneOrgNeverFindsChangesOrListsAnotherOrgsQuestion() {
    Question acmes = Question.custom(Theme.LEARNING, "What did you learn from the last outage?");
    questions.add(ACME, acmes);

    assertThat(questions.findById(GLOBEX, acmes.id())).isEmpty();
    assertThat(questions.list(GLOBEX)).isEmpty();
    assertThat(
            questions.edit(GLOBEX, acmes.id(), Optional.of(Theme.SKILLS), Optional.of("Hijacked?")))
        .isEmpty();
    assertThat(questions.retire(GLOBEX, acmes.id())).isEmpty();
    assertThat(questions.findById(ACME, acmes.id())).hasValue(acmes);
  }

  @Test
  void givenTheSameIdInAnotherOrg_thenTheStoreRefusesIt() {
    Question acmes = Question.custom(Theme.LEARNING, "What did you learn from the last outage?");
    questions.add(ACME, acmes);

    assertThatThrownBy(() -> questions.add(GLOBEX, acmes)).isInstanceOf(MongoWriteException.class);
    assertThat(questions.list(GLOBEX)).isEmpty();
  }

  @Test
  void retiredBuiltInsArePerOrgAndRetiringTwiceKeepsOne() {
    QuestionId happiest = QuestionId.builtIn("aspirations.3");
    QuestionId mentor = QuestionId.builtIn("lattice.3");

    questions.retireBuiltIn(ACME, happiest);
    questions.retireBuiltIn(ACME, happiest);
    questions.retireBuiltIn(ACME, mentor);

    assertThat(questions.retiredBuiltIns(ACME)).containsExactly(happiest, mentor);
    assertThat(questions.retiredBuiltIns(GLOBEX)).isEmpty();
    assertThat(db.getCollection(MongoSchema.RETIRED_BUILTIN_QUESTIONS).countDocuments())
        .isEqualTo(1);
  }

  @Test
  void builtInQuestionsAreNotStoredAsCustomOnes() {
    Question builtIn =
        new Question(QuestionId.builtIn("skills.1"), Theme.SKILLS, "Some question?", true, false);

    assertThatThrownBy(() -> questions.add(ACME, builtIn))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(questions.findById(ACME, builtIn.id())).isEmpty();
    assertThat(questions.retire(ACME, builtIn.id())).isEmpty();
    assertThatThrownBy(() -> questions.retireBuiltIn(ACME, QuestionId.newCustom()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theIndexesAreUniqueOnWhatIsLookedUp() {
    assertThat(uniqueIndexKeys(MongoSchema.QUESTIONS, "org_question"))
        .isEqualTo(new Document("orgId", 1).append("_id", 1));
    assertThat(uniqueIndexKeys(MongoSchema.PROMPTED_QUESTIONS, "org_person"))
        .isEqualTo(new Document("orgId", 1).append("personId", 1));
  }

  private Document uniqueIndexKeys(String collection, String name) {
    for (Document index : db.getCollection(collection).listIndexes()) {
      if (name.equals(index.getString("name"))) {
        assertThat(index.getBoolean("unique", false)).as(name + " unique").isTrue();
        return index.get("key", Document.class);
      }
    }
    throw new AssertionError("No index " + name + " on " + collection);
  }
}

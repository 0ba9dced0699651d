package dev.trellis.core.infra.mongo;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.oneonone.PickedQuestion;
import dev.trellis.core.oneonone.PickedQuestions;
import dev.trellis.core.question.QuestionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoAgendaQuestionsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);

  private final OneOnOneId weekly = OneOnOneId.random();
  private MongoAgendaQuestions agendas;

  @BeforeEach
  void setUp() {
    agendas = new MongoAgendaQuestions(mongo.db());
  }

  @Test
  void theFirstPickOfAnOccurrenceIsKeptInOrder() {
    PickedQuestions first = picked("builtin:skills.1", "builtin:lattice.2");

    assertThat(agendas.addIfAbsent(first)).isTrue();
    assertThat(agendas.addIfAbsent(picked("builtin:learning.1", "builtin:skills.3"))).isFalse();

    assertThat(agendas.find(ACME, weekly, NOV_19)).hasValue(first);
    assertThat(agendas.find(ACME, weekly, NOV_19.plusWeeks(1))).isEmpty();
  }

  @Test
  void anotherOrgDoesNotSeeThem() {
    agendas.addIfAbsent(picked("builtin:skills.1", "builtin:lattice.2"));

    assertThat(agendas.find(GLOBEX, weekly, NOV_19)).isEmpty();
  }

  private PickedQuestions picked(String first, String second) {
    return new PickedQuestions(
        ACME,
        weekly,
        NOV_19,
        List.of(
            new PickedQuestion(new QuestionId(first), "Question " + first),
            new PickedQuestion(new QuestionId(second), "Question " + second)),
        Instant.parse("2026-11-19T13:00:00Z"));
  }
}

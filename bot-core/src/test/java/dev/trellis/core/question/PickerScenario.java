package dev.trellis.core.question;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A small question bank for picker tests: question {@code i} has theme {@code i mod 6}; even ones
 * are built in, odd ones belong to the org. History entries name questions by number; a number past
 * the bank stands for a question that no longer exists.
 */
final class PickerScenario {

  static final OrgId ORG = new OrgId("acme");
  static final PersonId PERSON = new PersonId("person-1");
  static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

  final InMemoryOrgQuestions orgQuestions = new InMemoryOrgQuestions();
  final InMemoryPromptedQuestions prompted = new InMemoryPromptedQuestions();
  final QuestionBank bank;
  private final int size;
  private int recorded;

  PickerScenario(int size, Collection<Integer> retired) {
    this.size = size;
    List<Question> builtIns = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Theme theme = Theme.values()[i % Theme.values().length];
      if (i % 2 == 0) {
        builtIns.add(new Question(id(i), theme, "Built-in question " + i + "?", true, false));
      } else {
        orgQuestions.add(
            ORG, new Question(id(i), theme, "Custom question " + i + "?", false, false));
      }
    }
    bank = new QuestionBank(BuiltInQuestions.of(builtIns), orgQuestions);
    for (int i : retired) {
      if (i < size) {
        bank.retire(ORG, id(i));
      }
    }
  }

  static QuestionId id(int i) {
    return i % 2 == 0 ? QuestionId.builtIn("q." + i) : new QuestionId("custom:q" + i);
  }

  /** Records that the person was asked question {@code i}, a minute after the previous one. */
  void asked(int i) {
    askedId(i < size ? id(i) : new QuestionId("custom:gone" + i));
  }

  void askedId(QuestionId id) {
    prompted.record(ORG, PERSON, id, START.plusSeconds(60L * recorded++));
  }

  QuestionPicker picker(int window) {
    return new QuestionPicker(bank, prompted, window);
  }
}

package dev.trellis.core.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The words behind {@code /feedback}. */
public sealed interface FeedbackCommand extends Command {

  /** The longest topic a request or a given feedback may name. */
  int MAX_TOPIC = 300;

  /**
   * {@code ask <person> [<person> …] about <topic>}: a request to each person; the answers reach
   * only the asker.
   */
  record Ask(List<PersonRef> people, String topic) implements FeedbackCommand {
    public static final int MAX_PEOPLE = 10;

    public Ask {
      people = List.copyOf(Objects.requireNonNull(people, "people"));
      if (people.isEmpty() || people.size() > MAX_PEOPLE) {
        throw new IllegalArgumentException("Ask 1 to " + MAX_PEOPLE + " people, not " + people);
      }
      Limits.text(topic, MAX_TOPIC, "A feedback topic");
    }

    /** A request to one person. */
    public Ask(PersonRef person, String topic) {
      this(List.of(Objects.requireNonNull(person, "person")), topic);
    }
  }

  /** {@code give <person> [about <topic>]}: feedback nobody asked for, written in a form. */
  record Give(PersonRef person, Optional<String> topic) implements FeedbackCommand {
    public Give {
      Objects.requireNonNull(person, "person");
      topic = Limits.optionalText(topic, MAX_TOPIC, "A feedback topic");
    }
  }

  /** {@code given}: the feedback the person gave, with their own words. */
  record Given() implements FeedbackCommand {}

  /** {@code /feedback} alone: the requests waiting for the person and the answers they received. */
  record Overview() implements FeedbackCommand {}

  /** {@code help}. */
  record Help() implements FeedbackCommand {}
}

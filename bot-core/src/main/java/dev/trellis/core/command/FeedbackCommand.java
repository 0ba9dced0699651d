package dev.trellis.core.command;

import java.util.Objects;

/** The words behind {@code /feedback}. */
public sealed interface FeedbackCommand extends Command {

  /** {@code ask <person> about <topic>}: a feedback request; the answer reaches only the asker. */
  record Ask(PersonRef person, String topic) implements FeedbackCommand {
    public static final int MAX_TOPIC = 200;

    public Ask {
      Objects.requireNonNull(person, "person");
      Limits.text(topic, MAX_TOPIC, "A feedback topic");
    }
  }

  /** {@code help}. */
  record Help() implements FeedbackCommand {}
}

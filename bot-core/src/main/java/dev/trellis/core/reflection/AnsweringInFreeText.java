package dev.trellis.core.reflection;

import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.FreeTextHandler;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import java.time.Instant;
import java.util.Optional;

/** Free text answers the person's open reflection question (or takeaway), if one is open. */
final class AnsweringInFreeText implements FreeTextHandler {

  private final AnsweringReflections answering;

  AnsweringInFreeText(AnsweringReflections answering) {
    this.answering = answering;
  }

  @Override
  public Optional<Response> answer(Person person, TextReply text) {
    return answering.reply(person, text.text(), text.receivedAt());
  }

  @Override
  public Optional<String> noteWhileOpen(Person person, Instant now) {
    return answering.hasOpenPrompt(person, now)
        ? Optional.of(ReflectionMessages.COMMAND_WORD_ANSWERS)
        : Optional.empty();
  }
}

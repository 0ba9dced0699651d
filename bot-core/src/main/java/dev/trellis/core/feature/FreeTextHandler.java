package dev.trellis.core.feature;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes free text as the answer to a question of the feature that is open for the person. A line
 * that starts with a command word is a command instead, whatever is open.
 */
public interface FreeTextHandler {

  /** The answer to the text when a question is open for the person; empty when none is. */
  Optional<Response> answer(Person person, TextReply text);

  /**
   * While a question is open: what to add to a command's usage line, so the person knows how to
   * answer with words that read as a command. Empty when no question is open.
   */
  Optional<String> noteWhileOpen(Person person, Instant now);
}

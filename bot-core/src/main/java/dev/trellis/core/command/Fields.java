package dev.trellis.core.command;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of a command in order and keeps the first problem, so that a parser names each
 * field once. After a problem, every further read is empty.
 */
final class Fields {

  private final Words words;
  private Optional<String> problem = Optional.empty();

  Fields(Words words) {
    this.words = words;
  }

  /**
   * Reads the next word with {@code reader}.
   *
   * @param missing what to say when no word is left (blank: just show the usage)
   * @param wrong what to say after the quoted word when {@code reader} refuses it
   */
  <T> Optional<T> next(Function<String, Optional<T>> reader, String missing, String wrong) {
    return read(failed() ? Optional.empty() : words.next(), reader, missing, wrong);
  }

  /** Reads all the words left, joined by single spaces, with {@code reader}. */
  <T> Optional<T> rest(Function<String, Optional<T>> reader, String missing, String wrong) {
    Optional<String> rest =
        failed() ? Optional.empty() : Optional.of(words.restAsText()).filter(r -> !r.isEmpty());
    return read(rest, reader, missing, wrong);
  }

  boolean failed() {
    return problem.isPresent();
  }

  /** The first problem; blank when only the usage should be shown. */
  String problem() {
    return problem.orElse("");
  }

  private <T> Optional<T> read(
      Optional<String> word, Function<String, Optional<T>> reader, String missing, String wrong) {
    if (failed()) {
      return Optional.empty();
    }
    if (word.isEmpty()) {
      problem = Optional.of(missing);
      return Optional.empty();
    }
    Optional<T> value = reader.apply(word.get());
    if (value.isEmpty()) {
      problem = Optional.of(Echo.quoted(word.get(), "That") + wrong);
    }
    return value;
  }
}

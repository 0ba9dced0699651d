package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.Person;
import java.time.Instant;
import java.util.Objects;

/**
 * What an {@link AgendaSource} knows about the agenda it contributes to: the occurrence, both
 * people, and {@code since}, the start of the previous occurrence (or 30 days before this one, for
 * a first 1:1): the agenda shows what happened since then.
 */
public record AgendaContext(
    OneOnOne oneOnOne, Occurrence occurrence, Person manager, Person report, Instant since) {

  public AgendaContext {
    Objects.requireNonNull(oneOnOne, "oneOnOne");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(since, "since");
  }
}

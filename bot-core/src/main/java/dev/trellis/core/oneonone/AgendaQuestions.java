package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.Optional;

/** The development questions picked for each occurrence of each 1:1; picked once, kept. */
public interface AgendaQuestions {

  Optional<PickedQuestions> find(OrgId orgId, OneOnOneId oneOnOneId, LocalDate date);

  /**
   * Stores the questions unless the occurrence already has some; answers whether these were stored.
   * The first writer wins on any instance.
   */
  boolean addIfAbsent(PickedQuestions picked);
}

package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Prompts sent to people, and each person's currently open one. */
public interface Prompts {

  void save(Prompt prompt);

  /** {@link #save} for many prompts in a few round trips. */
  void saveAll(List<Prompt> prompts);

  Optional<Prompt> findById(OrgId orgId, PromptId id);

  /** The prompt a free-text reply from this person answers: the latest one sent, if any. */
  Optional<PromptId> latest(OrgId orgId, PersonId personId);

  /**
   * Closes an open prompt as answered, skipped or snoozed. Only the first close counts, on any
   * instance: answers false when the prompt was already closed (a double click, a second device).
   */
  boolean close(OrgId orgId, PromptId id, Prompt.State to);

  /** Each prompt sent to someone of the org from {@code from} (included) to {@code to}. */
  void eachSentBetween(OrgId orgId, Instant from, Instant to, Consumer<Prompt> each);

  /** Erasure: the person's prompts stay counted under the anonymous id. */
  void eraseOf(Erasure erasure);
}

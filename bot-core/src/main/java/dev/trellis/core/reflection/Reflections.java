package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** People's answers. Texts are stored encrypted; these methods speak plain text. */
public interface Reflections {

  void save(Reflection reflection);

  Optional<Reflection> findById(OrgId orgId, ReflectionId id);

  Optional<Reflection> findByPrompt(OrgId orgId, PromptId promptId);

  /** The person's own answers, newest first. */
  List<Reflection> history(OrgId orgId, PersonId personId, int limit);

  /** What the person shared with their manager at or after {@code since}, oldest first. */
  List<Reflection> sharedSince(OrgId orgId, PersonId personId, Instant since);
}

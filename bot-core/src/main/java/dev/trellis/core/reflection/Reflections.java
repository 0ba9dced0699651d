package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** People's answers. Texts are stored encrypted; these methods speak plain text. */
public interface Reflections {

  void save(Reflection reflection);

  Optional<Reflection> findById(OrgId orgId, ReflectionId id);

  Optional<Reflection> findByPrompt(OrgId orgId, PromptId promptId);

  /** The person's own answers, newest first. */
  List<Reflection> history(OrgId orgId, PersonId personId, int limit);

  /**
   * The person's answers shared with {@code recipient} at or after {@code since}, in the order they
   * were shared with them. Only the store's narrowing: who may see them is {@link
   * dev.trellis.core.privacy.SharedItemAccess}'s to decide.
   */
  List<Reflection> sharedWith(OrgId orgId, PersonId personId, PersonId recipient, Instant since);

  /**
   * Each share of an answer of the org made from {@code from} (included) to {@code to}: whose
   * answer and when, without the answer.
   */
  void eachShareBetween(OrgId orgId, Instant from, Instant to, BiConsumer<PersonId, Share> each);

  /**
   * Erasure: the person's answers stay counted under the anonymous id without their text; answers
   * shared with the person name the anonymous id.
   */
  void eraseOf(Erasure erasure);

  /** Retention: the text of answers given before the cutoff is forgotten; the answers stay. */
  void forgetTextsBefore(OrgId orgId, Instant cutoff);
}

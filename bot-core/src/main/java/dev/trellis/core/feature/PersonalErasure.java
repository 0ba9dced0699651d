package dev.trellis.core.feature;

import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Set;

/**
 * How a feature forgets a person ({@code forget-me}, the admin DELETE): afterwards none of its
 * collections holds the person's id, email, platform ids or anything they wrote. What analytics
 * counts stays, under the erasure's anonymous id and without text, so totals do not change; other
 * people's own records stay, without the erased person's text.
 */
public interface PersonalErasure {

  /**
   * The collections in which the feature keeps anything naming a person or written by one; a test
   * fails when a collection holding a person id is claimed by no erasure.
   */
  Set<String> collections();

  void erase(Erasure erasure);

  /**
   * Retention: forgets the texts people wrote before the cutoff (reflections, takeaways, notes,
   * feedback), keeping what analytics counts. Features that keep no such text do nothing.
   */
  default void forgetTextsBefore(OrgId orgId, Instant cutoff) {}
}

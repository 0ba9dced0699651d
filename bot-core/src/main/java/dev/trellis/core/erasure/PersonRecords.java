package dev.trellis.core.erasure;

import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Erasure;
import java.util.Set;

/**
 * What Trellis itself keeps of a person, beside the features: the directory entry and identities,
 * planned steps, messages waiting, sent or given up, inbound requests, and the small per-person
 * records of the engine (last platform used, unreachable addresses, nudge days, questions asked).
 */
public interface PersonRecords {

  /** The collections {@link #erase} forgets the person in. */
  Set<String> collections();

  /**
   * Forgets the person: their own records are deleted, a report's manager is cleared, messages to
   * them or naming them (their id, name, email, platform ids) are removed, and a group message they
   * are part of but not first loses them from its recipients.
   */
  void erase(Erasure erasure, Person person);
}

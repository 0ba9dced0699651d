package dev.trellis.core.privacy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;

/**
 * Something a person wrote that they may share with a person (never with a role): a reflection, a
 * takeaway, a goal, a feedback answer they received. {@link SharedItemAccess} decides who else sees
 * it.
 */
public interface SharedItem {

  OrgId orgId();

  /** Whose item it is: who wrote it, or who received it (a feedback answer). */
  PersonId ownerId();

  /** Whether its owner shared it with {@code person}. */
  boolean isSharedWith(PersonId person);
}

package dev.trellis.core.feature;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.List;

/**
 * What a feature keeps of a person's own, for the person's export and erasure ({@code my-data},
 * {@code delete-my-data}). The export and erase feature calls every feature's hook.
 */
public interface PersonalData {

  /** A titled piece of the person's data, as plain text they can read. */
  record Item(String title, String text) {}

  /** Everything the feature keeps of the person's own. */
  List<Item> export(OrgId orgId, PersonId personId);

  /** Deletes everything the feature keeps of the person's own. */
  void erase(OrgId orgId, PersonId personId);
}

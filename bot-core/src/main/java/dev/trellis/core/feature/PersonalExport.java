package dev.trellis.core.feature;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;

/**
 * One section of a person's export ({@code my-data}, the admin export): what a feature keeps of the
 * person's own, as they may take it elsewhere (GDPR Art. 20). The export writes every registered
 * section into one JSON object under the section's key.
 */
public interface PersonalExport {

  /** The section's key in the export (camelCase, one feature's own: {@code goals}). */
  String section();

  /**
   * The person's data as JSON values: maps with string keys, lists, strings, numbers, booleans,
   * with days and instants as ISO-8601 strings; an empty list when there is nothing.
   */
  Object export(OrgId orgId, PersonId personId);
}

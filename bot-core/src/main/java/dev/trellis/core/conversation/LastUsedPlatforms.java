package dev.trellis.core.conversation;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.Map;

/**
 * The platform each person last used Trellis on, where their messages go unless they chose one.
 * Recorded whenever a person acts, so a store writes only when the platform changes.
 */
public interface LastUsedPlatforms {

  void record(OrgId orgId, PersonId personId, Platform platform);

  /** The last platform of those of {@code personIds} who ever acted. */
  Map<PersonId, Platform> of(OrgId orgId, Collection<PersonId> personIds);

  /** For services and tests that keep no such record. */
  LastUsedPlatforms NONE =
      new LastUsedPlatforms() {
        @Override
        public void record(OrgId orgId, PersonId personId, Platform platform) {}

        @Override
        public Map<PersonId, Platform> of(OrgId orgId, Collection<PersonId> personIds) {
          return Map.of();
        }
      };
}

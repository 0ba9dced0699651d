package dev.trellis.core.feature;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Objects;

/**
 * One person being forgotten: {@code anonymousId} stands in for them in what stays counted (a 1:1
 * outcome, a prompt answered, a buddy group), is new for each erasure and leads back to nobody.
 */
public record Erasure(OrgId orgId, PersonId personId, PersonId anonymousId) {

  public Erasure {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(anonymousId, "anonymousId");
    if (personId.equals(anonymousId)) {
      throw new IllegalArgumentException("An erased person's anonymous id is not their own");
    }
  }
}

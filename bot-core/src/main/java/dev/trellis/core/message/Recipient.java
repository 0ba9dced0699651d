package dev.trellis.core.message;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Objects;

/**
 * Who a message goes to: a person of an org, on one platform, at their id there (a Slack user id, a
 * Teams AAD object id).
 */
public record Recipient(OrgId orgId, PersonId personId, Platform platform, String address) {
  public Recipient {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(platform, "platform");
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("A recipient needs an address on " + platform);
    }
  }
}

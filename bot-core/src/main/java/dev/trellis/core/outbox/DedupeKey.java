package dev.trellis.core.outbox;

import dev.trellis.core.org.OrgId;

/**
 * What makes an outbound message unique, such as {@code acme/reflection/<person>/2026-W48}. It
 * starts with the org, so keys of two orgs never collide.
 */
public record DedupeKey(String value) {

  private static final int MAX_LENGTH = 512;

  public DedupeKey {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A dedupe key is 1-" + MAX_LENGTH + " characters");
    }
  }

  public static DedupeKey of(OrgId orgId, String... parts) {
    return new DedupeKey(orgId.value() + "/" + String.join("/", parts));
  }

  @Override
  public String toString() {
    return value;
  }
}

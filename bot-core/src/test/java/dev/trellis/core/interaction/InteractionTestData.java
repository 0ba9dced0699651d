package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;

final class InteractionTestData {

  static final OrgId ORG = new OrgId("acme");
  static final PersonId ALICE = new PersonId("alice-1");
  static final Instant NOW = Instant.parse("2026-03-05T14:00:00Z");
  static final ActionId SKIP = new ActionId("reflection.skip");

  private InteractionTestData() {}
}

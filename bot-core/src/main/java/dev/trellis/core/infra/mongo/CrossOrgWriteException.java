package dev.trellis.core.infra.mongo;

import dev.trellis.core.org.OrgId;

/** A bug: something tried to store one org's data under another org. */
public final class CrossOrgWriteException extends IllegalStateException {

  CrossOrgWriteException(OrgId expected, OrgId actual) {
    super("Refusing to write data of org " + actual + " in a call for org " + expected);
  }
}

package dev.trellis.app.admin;

import dev.trellis.core.org.OrgId;
import java.util.Objects;

/**
 * Who is calling the admin API: the operator (the token of {@code TRELLIS_ADMIN_TOKEN}, every org)
 * or the holder of an org-scoped token (that org only). The token filter puts it on the request.
 */
sealed interface AdminCaller {

  String ATTRIBUTE = AdminCaller.class.getName();

  record Operator() implements AdminCaller {}

  record OrgAdmin(OrgId orgId) implements AdminCaller {
    public OrgAdmin {
      Objects.requireNonNull(orgId, "orgId");
    }
  }
}

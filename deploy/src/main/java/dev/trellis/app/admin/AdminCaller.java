package dev.trellis.app.admin;

import dev.trellis.core.org.OrgId;
import java.util.Objects;

/**
 * Who is calling the admin API: the operator (the token of {@code TRELLIS_ADMIN_TOKEN}, every org)
 * or the holder of an org-scoped token (that org only). The token filter puts it on the request.
 */
sealed interface AdminCaller {

  String ATTRIBUTE = AdminCaller.class.getName();

  /** Who the audit log says called: {@code operator}, or {@code token <id>}. */
  String who();

  record Operator() implements AdminCaller {
    @Override
    public String who() {
      return "operator";
    }
  }

  record OrgAdmin(OrgId orgId, String tokenId) implements AdminCaller {
    public OrgAdmin {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(tokenId, "tokenId");
    }

    OrgAdmin(OrgId orgId) {
      this(orgId, "unknown");
    }

    @Override
    public String who() {
      return "token " + tokenId;
    }
  }
}

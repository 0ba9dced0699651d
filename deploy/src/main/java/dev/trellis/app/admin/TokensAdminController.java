package dev.trellis.app.admin;

import dev.trellis.core.org.OrgAdminAccess;
import dev.trellis.core.org.OrgAdminToken;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator issues, lists and revokes an org's own admin tokens. A token is shown once, when it
 * is issued; lists show its id and name, never the token or its hash.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/tokens")
@OperatorOnly
class TokensAdminController {

  private final Orgs orgs;
  private final OrgAdminAccess access;

  TokensAdminController(Orgs orgs, OrgAdminAccess access) {
    this.orgs = orgs;
    this.access = access;
  }

  /** The body of a POST: whom the token is for. */
  record TokenBody(String name) {}

  /** A token as lists show it. */
  record TokenView(String id, String name, String createdAt, String lastUsedAt) {
    static TokenView of(OrgAdminToken t) {
      return new TokenView(
          t.id(),
          t.name(),
          t.createdAt().toString(),
          t.lastUsedAt().map(Instant::toString).orElse(null));
    }
  }

  /** The answer to a POST, the only time the token itself is shown. */
  record IssuedView(String id, String name, String createdAt, String token) {}

  @PostMapping
  ResponseEntity<IssuedView> issue(@PathVariable String orgId, @RequestBody TokenBody body) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    OrgAdminAccess.Issue issue = access.issue(org, body.name());
    if (issue instanceof OrgAdminAccess.Issue.Issued issued) {
      OrgAdminToken t = issued.stored();
      return ResponseEntity.created(URI.create("/api/admin/orgs/" + org + "/tokens/" + t.id()))
          .cacheControl(CacheControl.noStore())
          .body(new IssuedView(t.id(), t.name(), t.createdAt().toString(), issued.token()));
    }
    throw new AdminApiException(
        HttpStatus.BAD_REQUEST, ((OrgAdminAccess.Issue.Invalid) issue).reason());
  }

  @GetMapping
  List<TokenView> list(@PathVariable String orgId) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    return access.list(org).stream().map(TokenView::of).toList();
  }

  @DeleteMapping("/{tokenId}")
  ResponseEntity<Void> revoke(@PathVariable String orgId, @PathVariable String tokenId) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    if (!access.revoke(org, tokenId)) {
      throw new AdminApiException(
          HttpStatus.NOT_FOUND,
          "Org " + org + " has no token with that id. GET .../tokens lists them.");
    }
    return ResponseEntity.noContent().build();
  }
}

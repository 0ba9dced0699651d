package dev.trellis.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgAdminTokens;
import dev.trellis.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Org-scoped admin tokens over the real driver and the embedded server. */
class OrgAdminAccessTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  private static final Instant T0 = Instant.parse("2026-10-21T12:00:00Z");

  private final TestClock clock = new TestClock(T0);
  private OrgAdminAccess access;

  @BeforeEach
  void setUp() {
    access = new OrgAdminAccess(new MongoOrgAdminTokens(mongo.db()), clock);
  }

  @Test
  void anIssuedTokenOpensItsOrgOnly() {
    String token = issue(ACME, "HR Acme");

    assertThat(access.verify(token).map(OrgAdminToken::orgId)).contains(ACME);
    assertThat(token).startsWith("trellis-org.").hasSizeGreaterThan(60);
  }

  @Test
  void onlyTheHashOfTheTokenIsStored() throws Exception {
    OrgAdminAccess.Issue.Issued issued =
        (OrgAdminAccess.Issue.Issued) access.issue(ACME, "HR Acme");

    Document raw = mongo.db().getCollection("admin_tokens").find().first();

    assertThat(raw.toJson()).doesNotContain(issued.token()).doesNotContain(secretOf(issued));
    assertThat(raw.getString("sha256"))
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(issued.token().getBytes(StandardCharsets.UTF_8))));
    assertThat(raw.getString("orgId")).isEqualTo("acme");
  }

  @Test
  void aTokenChangedInOneCharacterOrMadeUpOpensNothing() {
    String token = issue(ACME, "HR Acme");
    String last = token.substring(token.length() - 1);

    assertThat(
            access.verify(token.substring(0, token.length() - 1) + ("A".equals(last) ? "B" : "A")))
        .isEmpty();
    assertThat(access.verify(token + "x")).isEmpty();
    assertThat(access.verify(token.substring(0, 28))).isEmpty();
    assertThat(access.verify("trellis-org.0123456789abcdef.secret")).isEmpty();
    assertThat(access.verify("trellis-org.not-an-id.secret")).isEmpty();
    assertThat(access.verify("")).isEmpty();
    assertThat(access.verify(null)).isEmpty();
  }

  @Test
  void aRevokedTokenOpensNothingAndOnlyItsOwnOrgCanRevokeIt() {
    OrgAdminAccess.Issue.Issued issued =
        (OrgAdminAccess.Issue.Issued) access.issue(ACME, "HR Acme");
    String id = issued.stored().id();

    assertThat(access.revoke(GLOBEX, id)).isFalse();
    assertThat(access.verify(issued.token()).map(OrgAdminToken::orgId)).contains(ACME);
    assertThat(access.revoke(ACME, id)).isTrue();

    assertThat(access.verify(issued.token())).isEmpty();
    assertThat(access.revoke(ACME, id)).isFalse();
    assertThat(access.revoke(ACME, "../etc")).isFalse();
  }

  @Test
  void theListIsTheOrgsTokensOldestFirstWithTheirLastUse() {
    String first = issue(ACME, "HR Acme");
    clock.advance(Duration.ofMinutes(1));
    issue(ACME, "  People analytics  ");
    issue(GLOBEX, "HR Globex");
    clock.advance(Duration.ofMinutes(1));
    access.verify(first);

    var listed = access.list(ACME);

    assertThat(listed)
        .extracting(OrgAdminToken::name, OrgAdminToken::createdAt, OrgAdminToken::lastUsedAt)
        .containsExactly(
            tuple("HR Acme", T0, Optional.of(T0.plus(Duration.ofMinutes(2)))),
            tuple("People analytics", T0.plus(Duration.ofMinutes(1)), Optional.empty()));
  }

  @Test
  void aTokenNeedsANameOnOneLine() {
    assertThat(access.issue(ACME, " ")).isInstanceOf(OrgAdminAccess.Issue.Invalid.class);
    assertThat(access.issue(ACME, null)).isInstanceOf(OrgAdminAccess.Issue.Invalid.class);
    assertThat(access.issue(ACME, "HR\nAcme")).isInstanceOf(OrgAdminAccess.Issue.Invalid.class);
    assertThat(access.issue(ACME, "x".repeat(101)))
        .isInstanceOf(OrgAdminAccess.Issue.Invalid.class);
    assertThat(access.list(ACME)).isEmpty();
  }

  private String issue(OrgId org, String name) {
    return ((OrgAdminAccess.Issue.Issued) access.issue(org, name)).token();
  }

  private static String secretOf(OrgAdminAccess.Issue.Issued issued) {
    return issued.token().substring(issued.token().lastIndexOf('.') + 1);
  }
}

package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

class TenantIsolationTest extends AdminApiTestBase {

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void oneOrgsAdminCallsNeverSeeAnotherOrgsPeople() {
    String other = orgId + "-other";
    admin.createOrg(orgId);
    admin.createOrg(other);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
    admin.postCsv(
        "/api/admin/orgs/" + other + "/people",
        "email,name,time_zone\nchen.nygaard@acme.example,Someone Else,Europe/Oslo\n");

    JsonNode otherPeople = admin.get("/api/admin/orgs/" + other + "/people").json();

    assertThat(otherPeople.at("/totalItems").asLong()).isEqualTo(1);
    assertThat(otherPeople.at("/items/0/name").asString()).isEqualTo("Someone Else");
    assertThat(admin.get(people()).json().at("/totalItems").asLong()).isEqualTo(183);
    assertThat(admin.get(people() + "?size=500").body())
        .contains("Chen Nygaard")
        .doesNotContain("Someone Else");
  }

  @Test
  void oneOnOnesCannotReachPeopleOfAnotherOrg() {
    String other = orgId + "-other";
    admin.createOrg(orgId);
    admin.createOrg(other);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    var answer =
        admin.postCsv(
            "/api/admin/orgs/" + other + "/one-on-ones",
            Fixtures.bytes(Fixtures.org("acme-one-on-ones.csv")));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/0/reason").asString()).contains("unknown person");
    assertThat(admin.get("/api/admin/orgs/" + other + "/one-on-ones").json().size()).isZero();
  }

  @Test
  void anOrgTokenReadsItsOwnOrg() {
    admin.createOrg(orgId);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
    var orgAdmin = admin.withToken(orgToken(orgId));

    Answer people = orgAdmin.get(people() + "?size=5");
    Answer cohort =
        orgAdmin.postJson("/api/admin/orgs/" + orgId + "/cohorts", "{\"name\":\"Lab\"}");

    assertThat(people.status()).as(people.body()).isEqualTo(200);
    assertThat(people.json().at("/totalItems").asLong()).isEqualTo(183);
    assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
  }

  /**
   * Every admin route Spring MVC knows, called with another org's id, whether that org exists or
   * not: so a route added later is held to its org without anyone remembering to test it.
   */
  @Test
  void anOrgTokenGets404OnEveryRouteOfAnotherOrgAnd403OnTheOperatorsOwn() {
    String other = orgId + "-other";
    admin.createOrg(orgId);
    admin.createOrg(other);
    admin.postCsv(
        "/api/admin/orgs/" + other + "/people", Fixtures.bytes(Fixtures.org("acme-people.csv")));
    admin.putJson("/api/admin/orgs/" + other + "/holidays", "{\"days\":[\"2026-12-25\"]}");
    String cohort =
        admin
            .postJson("/api/admin/orgs/" + other + "/cohorts", "{\"name\":\"Lab\"}")
            .json()
            .at("/id")
            .asString();
    String otherToken = orgToken(other);
    String token = orgToken(orgId);
    Map<String, String> values =
        Map.of(
            "email", "chen.nygaard@acme.example",
            "cohortId", cohort,
            "number", "1",
            "questionId", "builtin:aspirations.1",
            "tokenId", otherToken.split("\\.")[1]);

    List<String> walked = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (String pattern : patterns(info)) {
                for (String verb : verbs(info)) {
                  walked.add(verb + " " + pattern);
                  thenScoped(token, verb, pattern, method, other, values);
                }
              }
            });

    assertThat(walked)
        .contains(
            "PUT /api/admin/orgs/{orgId}",
            "GET /api/admin/orgs/{orgId}/people",
            "GET /api/admin/orgs/{orgId}/cohorts/{cohortId}/rounds/{number}",
            "POST /api/admin/orgs/{orgId}/tokens")
        .hasSizeGreaterThan(25);
    assertThat(admin.get("/api/admin/orgs/" + other).json().at("/name").asString())
        .isEqualTo("Org " + other);
    assertThat(admin.get("/api/admin/orgs/" + other + "/people").json().at("/totalItems").asLong())
        .isEqualTo(183);
    assertThat(admin.get("/api/admin/orgs/" + other + "/cohorts").json().size()).isEqualTo(1);
    assertThat(admin.get("/api/admin/orgs/" + other + "/cohorts/" + cohort + "/rounds/1").status())
        .isEqualTo(404);
    assertThat(admin.get("/api/admin/orgs/" + other + "/holidays").json().at("/days").size())
        .isEqualTo(1);
    assertThat(admin.get("/api/admin/orgs/" + other + "/tokens").json().size()).isEqualTo(1);
    assertThat(admin.get("/api/admin/orgs/" + other + "/questions").json().size())
        .isEqualTo(admin.get("/api/admin/orgs/" + orgId + "/questions").json().size());
    assertThat(admin.withToken(otherToken).get("/api/admin/orgs/" + other).status()).isEqualTo(200);
  }

  private void thenScoped(
      String token,
      String verb,
      String pattern,
      HandlerMethod method,
      String other,
      Map<String, String> values) {
    if (!pattern.contains("{orgId}")) {
      assertThat(call(token, verb, fill(pattern, "any-org", values)).status())
          .as(verb + " " + pattern + " is not under an org: the operator's")
          .isEqualTo(403);
      return;
    }
    Answer existing = call(token, verb, fill(pattern, other, values));
    Answer missing = call(token, verb, fill(pattern, "no-such-org-" + orgId, values));
    assertThat(existing.status()).as(verb + " " + pattern + ": " + existing.body()).isEqualTo(404);
    assertThat(missing.status()).as(verb + " " + pattern).isEqualTo(404);
    assertThat(existing.body())
        .as("the answer does not say whether the other org exists")
        .isEqualTo(missing.body())
        .doesNotContain(other);
    if (AdminScopeInterceptor.operatorOnly(method)) {
      Answer own = call(token, verb, fill(pattern, orgId, values));
      assertThat(own.status()).as(verb + " " + pattern + " on its own org").isEqualTo(403);
    }
  }

  private static Set<String> patterns(RequestMappingInfo info) {
    return info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/admin"))
        .collect(Collectors.toSet());
  }

  private static List<String> verbs(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    return methods.isEmpty()
        ? List.of("GET", "POST", "PUT", "DELETE")
        : methods.stream().map(RequestMethod::name).toList();
  }

  private static String fill(String pattern, String org, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(
          path,
          Matcher.quoteReplacement(
              name.equals("orgId") ? org : values.getOrDefault(name, "x-" + name)));
    }
    return m.appendTail(path).toString();
  }

  private Answer call(String token, String verb, String path) {
    return admin.send(
        HttpRequest.newBuilder(URI.create(admin.base() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                verb,
                verb.equals("GET") || verb.equals("DELETE")
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofString("{}")));
  }
}

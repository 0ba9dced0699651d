package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QuestionsAdminApiTest extends AdminApiTestBase {

  private static final String HAPPIEST = "builtin:aspirations.3";

  @BeforeEach
  void createOrg() {
    admin.createOrg(orgId);
  }

  @Test
  void anOrgSeesTheBuiltInQuestionsOfEveryTheme() {
    JsonNode questions = admin.get(questions(orgId)).json();

    assertThat(questions.size()).isGreaterThanOrEqualTo(24);
    assertThat(field(questions, "theme"))
        .contains("ASPIRATIONS", "SKILLS", "LEARNING", "FEEDBACK", "NETWORKS", "LATTICE");
    assertThat(field(questions, "id")).contains(HAPPIEST, "builtin:lattice.1");
    assertThat(questions.get(0).at("/builtIn").asBoolean()).isTrue();
    assertThat(questions.get(0).at("/retired").asBoolean()).isFalse();
  }

  @Test
  void anAddedQuestionIsCreatedShownAndListedInItsTheme() {
    Answer added = post(questions(orgId), "{\"theme\":\"lattice\",\"text\":\"Which guild?!\"}");

    assertThat(added.status()).isEqualTo(201);
    String id = added.json().at("/id").asString();
    assertThat(id).startsWith("custom:");
    assertThat(added.json().at("/theme").asString()).isEqualTo("LATTICE");
    assertThat(added.json().at("/builtIn").asBoolean()).isFalse();
    assertThat(added.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
    assertThat(admin.get(questions(orgId) + "/" + id).json().at("/text").asString())
        .isEqualTo("Which guild?!");
    JsonNode lattice = admin.get(questions(orgId) + "?theme=LATTICE").json();
    assertThat(field(lattice, "id")).last().isEqualTo(id);
  }

  @Test
  void anOrgEditsTheTextOrThemeOfItsOwnQuestion() {
    String id = add(orgId, "skills", "What do you enjoy teaching others?");

    Answer text = put(questions(orgId) + "/" + id, "{\"text\":\"What could you teach others?\"}");
    Answer theme = put(questions(orgId) + "/" + id, "{\"theme\":\"Lattice\"}");

    assertThat(text.status()).isEqualTo(200);
    assertThat(text.json().at("/text").asString()).isEqualTo("What could you teach others?");
    assertThat(theme.json().at("/theme").asString()).isEqualTo("LATTICE");
    assertThat(admin.get(questions(orgId) + "/" + id).json().at("/text").asString())
        .isEqualTo("What could you teach others?");
  }

  @Test
  void builtInQuestionsCannotBeEditedButCanBeRetiredForOneOrg() {
    String other = orgId + "-other";
    admin.createOrg(other);

    Answer edit = put(questions(orgId) + "/" + HAPPIEST, "{\"text\":\"When were you happiest?\"}");
    Answer retire = delete(questions(orgId) + "/" + HAPPIEST);

    assertThat(edit.status()).isEqualTo(409);
    assertThat(edit.json().at("/detail").asString()).contains("cannot be edited", "DELETE");
    assertThat(retire.status()).isEqualTo(204);
    assertThat(field(admin.get(questions(orgId)).json(), "id")).doesNotContain(HAPPIEST);
    assertThat(admin.get(questions(orgId) + "/" + HAPPIEST).json().at("/retired").asBoolean())
        .isTrue();
    assertThat(field(admin.get(questions(other)).json(), "id")).contains(HAPPIEST);
  }

  @Test
  void aRetiredQuestionIsListedOnlyWhenAskedFor() {
    String id = add(orgId, "feedback", "Who gave you the most useful feedback this year?");

    assertThat(delete(questions(orgId) + "/" + id).status()).isEqualTo(204);
    assertThat(delete(questions(orgId) + "/" + id).status()).isEqualTo(204);

    assertThat(field(admin.get(questions(orgId)).json(), "id")).doesNotContain(id);
    JsonNode all = admin.get(questions(orgId) + "?includeRetired=true").json();
    assertThat(field(all, "id")).contains(id, HAPPIEST);
    assertThat(admin.get(questions(orgId) + "/" + id).json().at("/retired").asBoolean()).isTrue();
  }

  @Test
  void givenAThemeFilter_thenOnlyThoseThemesAreListed() {
    add(orgId, "networks", "Who did you meet at the last all-hands?");

    JsonNode some = admin.get(questions(orgId) + "?theme=networks,feedback").json();

    assertThat(some.size()).isGreaterThan(8);
    assertThat(field(some, "theme")).containsOnly("NETWORKS", "FEEDBACK");
    assertThat(field(some, "text")).contains("Who did you meet at the last all-hands?");
  }

  @Test
  void oneOrgsQuestionsNeverAppearInOrChangeForAnother() {
    String other = orgId + "-other";
    admin.createOrg(other);
    String id = add(orgId, "networks", "Who did you meet at the last all-hands?");

    assertThat(field(admin.get(questions(other) + "?includeRetired=true").json(), "id"))
        .doesNotContain(id);
    assertThat(admin.get(questions(other) + "/" + id).status()).isEqualTo(404);
    assertThat(put(questions(other) + "/" + id, "{\"text\":\"Hijacked question?\"}").status())
        .isEqualTo(404);
    assertThat(delete(questions(other) + "/" + id).status()).isEqualTo(404);
    JsonNode mine = admin.get(questions(orgId) + "/" + id).json();
    assertThat(mine.at("/text").asString()).isEqualTo("Who did you meet at the last all-hands?");
    assertThat(mine.at("/retired").asBoolean()).isFalse();
  }

  @Test
  void givenBadInput_thenEachGetsA400ThatSaysWhy() {
    String id = add(orgId, "skills", "What do you enjoy teaching others?");

    assertBadRequest(
        post(questions(orgId), "{\"theme\":\"careers\",\"text\":\"What next?\"}"),
        "'careers' is not a theme");
    assertBadRequest(post(questions(orgId), "{\"text\":\"What next?\"}"), "theme is required");
    assertBadRequest(
        post(questions(orgId), "{\"theme\":\"skills\",\"text\":\"Why?\"}"), "5 to 500");
    assertBadRequest(
        post(questions(orgId), "{\"theme\":\"skills\",\"text\":\"" + "x".repeat(501) + "\"}"),
        "not 501");
    assertBadRequest(post(questions(orgId), "{not json"), "");
    assertBadRequest(put(questions(orgId) + "/" + id, "{}"), "new text, a new theme");
    assertBadRequest(put(questions(orgId) + "/" + id, "{\"text\":\" \"}"), "text is required");
    assertBadRequest(admin.get(questions(orgId) + "?theme=skills,careers"), "'careers'");
    assertBadRequest(admin.get(questions(orgId) + "?includeRetired=maybe"), "");
    assertBadRequest(delete(questions(orgId) + "/not-a-question"), "builtin:aspirations.1");
    assertThat(delete(questions(orgId) + "/custom:unknown").status()).isEqualTo(404);
    assertThat(delete(questions(orgId) + "/builtin:skills.999").status()).isEqualTo(404);
    assertThat(admin.get(questions(orgId) + "/" + id).json().at("/text").asString())
        .isEqualTo("What do you enjoy teaching others?");
  }

  @Test
  void givenAnUnknownOrg_thenIs404() {
    String unknown = orgId + "-unknown";

    assertThat(admin.get(questions(unknown)).status()).isEqualTo(404);
    assertThat(post(questions(unknown), "{\"theme\":\"skills\",\"text\":\"What next?\"}").status())
        .isEqualTo(404);
    assertThat(delete(questions(unknown) + "/" + HAPPIEST).status()).isEqualTo(404);
  }

  @Test
  void givenNoToken_thenEveryQuestionCallIs401() {
    String id = add(orgId, "skills", "What do you enjoy teaching others?");
    String post = "{\"theme\":\"skills\",\"text\":\"Sneaky?\"}";

    assertThat(admin.withToken(null).get(questions(orgId)).status()).isEqualTo(401);
    assertThat(send(questions(orgId), "POST", post, false).status()).isEqualTo(401);
    assertThat(send(questions(orgId) + "/" + id, "PUT", "{\"text\":\"Sneaky?\"}", false).status())
        .isEqualTo(401);
    assertThat(send(questions(orgId) + "/" + HAPPIEST, "DELETE", null, false).status())
        .isEqualTo(401);
    assertThat(send(questions(orgId) + "/" + id, "DELETE", null, false).status()).isEqualTo(401);
    assertThat(admin.get(questions(orgId) + "/" + id).json().at("/retired").asBoolean()).isFalse();
    assertThat(admin.get(questions(orgId) + "?includeRetired=true").body())
        .doesNotContain("Sneaky");
    assertThat(field(admin.get(questions(orgId)).json(), "id")).contains(HAPPIEST);
  }

  private String add(String org, String theme, String text) {
    Answer answer = post(questions(org), "{\"theme\":\"" + theme + "\",\"text\":\"" + text + "\"}");
    assertThat(answer.status()).isEqualTo(201);
    return answer.json().at("/id").asString();
  }

  private static String questions(String org) {
    return "/api/admin/orgs/" + org + "/questions";
  }

  private Answer post(String path, String json) {
    return send(path, "POST", json, true);
  }

  private Answer put(String path, String json) {
    return send(path, "PUT", json, true);
  }

  private Answer delete(String path) {
    return send(path, "DELETE", null, true);
  }

  private Answer send(String path, String method, String json, boolean withToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin.base() + path));
    if (withToken) {
      request.header("Authorization", "Bearer " + TOKEN);
    }
    if (json == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, BodyPublishers.ofString(json));
    }
    return admin.send(request);
  }

  private static void assertBadRequest(Answer answer, String detail) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.json().at("/detail").asString()).contains(detail);
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(name).asString()));
    return values;
  }
}

package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.trellis.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No MICROSOFT_APP_ID and no TRELLIS_TEAMS_LOCAL_TESTING (the defaults): activities cannot be
 * authenticated, so {@code /api/messages} refuses every one with 401, even from this machine with a
 * service URL on it, and nothing of a forged activity is stored: no inbox entry, no conversation,
 * nobody linked.
 */
class TeamsWithoutCredentialsTest extends AdminApiTestBase {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired MongoDatabase db;

  String tenant;
  String adaAad;
  String boEmail;

  /** An org with its tenant; Ada has her AAD object id, Bo is known by email only. */
  @BeforeEach
  void givenAnOrgWithATenantAndItsPeople() {
    tenant = UUID.randomUUID().toString();
    adaAad = UUID.randomUUID().toString();
    boEmail = "bo-" + orgId + "@example.com";
    assertThat(
            admin
                .putOrg(orgId, "{\"name\":\"Contoso\",\"teamsTenantId\":\"" + tenant + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            admin
                .postCsv(
                    people(),
                    "email,name,time_zone,teams_aad_object_id\n"
                        + ("ada-" + orgId + "@example.com,Ada,Europe/Berlin," + adaAad + "\n")
                        + (boEmail + ",Bo,Europe/Berlin,\n"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void aForgedActivityClaimingAPersonIsRefusedAndNothingIsStored() throws Exception {
    long before = storedRequests();

    // message.personal.json as Ada, with a service URL of the forger's and one on this machine.
    HttpResponse<String> history =
        post(message(adaAad, "history", "https://attacker.example/"), null);
    HttpResponse<String> local = post(message(adaAad, "history", "http://127.0.0.1:9/"), null);
    HttpResponse<String> withAToken =
        post(message(adaAad, "history", "http://localhost:9/"), "Bearer eyJhbGciOiJub25lIn0.e30.");
    // conversation-update.members-added.personal.json: "installing" the bot as Bo.
    String boAad = UUID.randomUUID().toString();
    HttpResponse<String> install = post(install(boAad), null);
    HttpResponse<String> garbage = post("not an activity", null);

    assertThat(history.statusCode()).isEqualTo(401);
    assertThat(local.statusCode()).isEqualTo(401);
    assertThat(withAToken.statusCode()).isEqualTo(401);
    assertThat(install.statusCode()).isEqualTo(401);
    assertThat(garbage.statusCode()).isEqualTo(401);
    Thread.sleep(300);
    assertThat(storedRequests()).isEqualTo(before);
    assertThat(db.getCollection("teams_conversations").countDocuments(Filters.eq("org", orgId)))
        .isZero();
    assertThat(admin.get(people() + "?size=50").body())
        .contains("\"email\":\"" + boEmail + "\"")
        .doesNotContain(boAad);
  }

  private String message(String aad, String text, String serviceUrl) {
    ObjectNode activity = sample("message.personal.json");
    activity.put("id", UUID.randomUUID().toString());
    activity.put("text", text);
    activity.put("serviceUrl", serviceUrl);
    ((ObjectNode) activity.get("from")).put("aadObjectId", aad);
    ((ObjectNode) activity.get("channelData").get("tenant")).put("id", tenant);
    return activity.toString();
  }

  private String install(String aad) {
    ObjectNode activity = sample("conversation-update.members-added.personal.json");
    activity.put("serviceUrl", "http://localhost:9/");
    ((ObjectNode) activity.get("from")).put("aadObjectId", aad);
    ((ObjectNode) ((ArrayNode) activity.get("membersAdded")).get(1)).put("aadObjectId", aad);
    ((ObjectNode) activity.get("conversation")).put("id", "a:forged-" + aad);
    ((ObjectNode) activity.get("channelData").get("tenant")).put("id", tenant);
    return activity.toString();
  }

  private static ObjectNode sample(String file) {
    try {
      return (ObjectNode)
          JSON.readTree(Fixtures.text(Fixtures.org("../teams/" + file).normalize()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String activity, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(activity));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long storedRequests() {
    return db.getCollection("inbox").countDocuments()
        + db.getCollection("inbox_done").countDocuments();
  }
}

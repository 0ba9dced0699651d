package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.export.ExportFiles;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * A person's export for an HR request ({@code GET .../people/{email}/export}) and the one-time link
 * of a {@code my-data} export ({@code GET /exports/{token}}), on the running service.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonExportApiTest extends AdminApiTestBase {

  @Autowired ConversationEngine engine;
  @Autowired People people;
  @Autowired ExportFiles files;
  @Autowired MongoDatabase db;
  @Autowired Clock clock;

  Person ann;

  @BeforeEach
  void givenAnnReportingToBobWithAGoal() {
    admin.createOrg(orgId);
    Answer imported =
        admin.postCsv(
            people(),
            "email,name,manager_email,department,time_zone,slack_user_id\n"
                + "bob@acme.example,Bob,,Design,UTC,UBOB00001\n"
                + "ann@acme.example,Ann,bob@acme.example,Design,Europe/Berlin,UANN00001\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    ann = people.findByEmail(new OrgId(orgId), new Email("ann@acme.example")).orElseThrow();
    typed(ann, "goal add MARKER-GOAL Learn Kubernetes");
  }

  @Test
  void theExportIsTheSameJsonAsAnAttachmentAndWrittenToTheAuditLog() {
    String token = orgToken(orgId);

    Answer export = admin.withToken(token).get(people() + "/ann@acme.example/export");

    assertThat(export.status()).as(export.body()).isEqualTo(200);
    assertThat(export.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(export.header("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"trellis-export-"
                + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                + ".json\"");
    JsonNode json = export.json();
    assertThat(json.at("/format").asString()).isEqualTo("trellis-export");
    assertThat(json.at("/version").asInt()).isEqualTo(1);
    assertThat(json.at("/org").asString()).isEqualTo(orgId);
    assertThat(json.at("/profile/email").asString()).isEqualTo("ann@acme.example");
    assertThat(json.at("/profile/managerEmail").asString()).isEqualTo("bob@acme.example");
    assertThat(json.at("/profile/slackUserId").asString()).isEqualTo("UANN00001");
    assertThat(json.at("/goals/0/text").asString()).isEqualTo("MARKER-GOAL Learn Kubernetes");

    JsonNode newest = admin.get("/api/admin/orgs/" + orgId + "/audit").json().get(0);
    assertThat(newest.at("/action").asString()).isEqualTo("export");
    assertThat(newest.at("/person").asString()).isEqualTo("ann@acme.example");
    assertThat(newest.at("/who").asString()).isEqualTo("token " + token.split("\\.")[1]);
    assertThat(newest.toString()).doesNotContain("MARKER");
  }

  @Test
  void aBadEmailAnUnknownPersonAndAnotherOrgsTokenAreRefused() {
    String other = "other-" + orgId;
    admin.createOrg(other);

    Answer bad = admin.get(people() + "/not-an-email/export");
    Answer unknown = admin.get(people() + "/nobody@acme.example/export");
    Answer foreign = admin.withToken(orgToken(other)).get(people() + "/ann@acme.example/export");
    Answer anonymous = new AdminClient(port, "").get(people() + "/ann@acme.example/export");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("is not an email address");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("MARKER");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void myDataLinkGivesTheFileOnceWithoutLoginAndIsNeverLogged(CapturedOutput output)
      throws Exception {
    Response answer = typed(ann, "my-data");
    assertThat(((Response.Reply) answer).message().text())
        .startsWith("Your export is being prepared");
    Document stored =
        db.getCollection("personal_exports")
            .find(new Document("personId", ann.id().value()))
            .first();
    assertThat(stored.toJson()).doesNotContain("MARKER");
    String link = files.link(new OrgId(orgId), stored.getString("_id")).orElseThrow();
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(link).isEqualTo("http://localhost:" + port + "/exports/" + token);

    HttpResponse<String> first = download(token);
    HttpResponse<String> again = download(token);
    HttpResponse<String> wrong = download("no-such-token");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"trellis-export-");
    assertThat(first.body()).startsWith("{\"format\":\"trellis-export\"").contains("MARKER-GOAL");
    for (HttpResponse<String> gone : java.util.List.of(again, wrong)) {
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).contains("Type my-data to Trellis again");
    }
    assertThat(output.getAll()).doesNotContain(token).doesNotContain("MARKER");
  }

  private Response typed(Person person, String text) {
    return engine.handle(
        new CommandLine(
            person.orgId(), person.id(), Platform.SLACK, clock.instant(), "trellis", text, ""));
  }

  private HttpResponse<String> download(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/exports/" + token))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}

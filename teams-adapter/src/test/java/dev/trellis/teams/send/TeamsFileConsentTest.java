package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.teams.send.ConnectorFixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.testkit.TestClock;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A my-data export on Teams: a file consent card, then the person's answer to it (accept: the bytes
 * PUT to the upload URL and a file info card; decline: said so, and the export dropped), and a
 * one-time link where Teams cannot take a file (local testing). The invoke's shape follows
 * Microsoft's "Send and receive files using bots" documentation; the fixtures have no sample.
 */
class TeamsFileConsentTest {

  private static final OrgId ORG = new OrgId("fabrikam");
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String AAD = "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c";
  private static final String CONVERSATION = "a:1Fz_K3xQ";
  private static final String ACTIVITIES = "/amer/v3/conversations/a%3A1Fz_K3xQ/activities";
  private static final Recipient RECIPIENT =
      new Recipient(ORG, new PersonId("p-1"), Platform.TEAMS, AAD);
  private static final String JSON = "{\"format\":\"trellis-export\",\"a\":\"Grüße\"}";
  private static final FileAttachment FILE =
      new FileAttachment("export-1", "trellis-export-2026-11-20.json", "Your Trellis export");
  private static final OutboundMessage MESSAGE =
      OutboundMessage.builder("Here is your Trellis export.").file(FILE).build();

  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T15:00:00Z"));
  private final ConnectorStub stub = new ConnectorStub(clock);
  private final InMemoryTeamsConversations conversations = new InMemoryTeamsConversations();
  private final Files files = new Files();

  TeamsFileConsentTest() {
    conversations.save(
        new TeamsConversation(
            ORG,
            AAD,
            stub.serviceUrl(),
            CONVERSATION,
            TENANT,
            "28:00000000-0000-0000-0000-00000000a99d",
            "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbp",
            clock.instant()));
    files.kept.put("export-1", JSON);
    stub.server.stubFor(
        post(urlEqualTo(ACTIVITIES))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(connector("send-to-conversation.response"))));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private TeamsPlatform platform(boolean linksOnly) {
    return new TeamsPlatform(
        stub.connector(),
        conversations,
        new TextCardRenderer(),
        new TeamsRateLimits(clock),
        clock,
        files,
        linksOnly);
  }

  private TeamsFileConsents consents() {
    return new TeamsFileConsents(platform(false), files, HttpClient.newHttpClient());
  }

  @Test
  void theExportGoesAsAFileConsentCardNamingTheFileAndItsSize() {
    Delivery delivery = platform(false).deliver(RECIPIENT, MESSAGE);

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    String consent = "$.attachments[0]";
    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES))
            .withRequestBody(matchingJsonPath("$.type", equalTo("message")))
            .withRequestBody(matchingJsonPath("$.text", equalTo("Here is your Trellis export.")))
            .withRequestBody(
                matchingJsonPath(
                    consent + ".contentType",
                    equalTo("application/vnd.microsoft.teams.card.file.consent")))
            .withRequestBody(
                matchingJsonPath(consent + ".name", equalTo("trellis-export-2026-11-20.json")))
            .withRequestBody(
                matchingJsonPath(
                    consent + ".content.sizeInBytes",
                    equalTo(String.valueOf(JSON.getBytes(StandardCharsets.UTF_8).length))))
            .withRequestBody(
                matchingJsonPath(
                    consent + ".content.acceptContext.trellisFileId", equalTo("export-1")))
            .withRequestBody(
                matchingJsonPath(
                    consent + ".content.declineContext.trellisFileId", equalTo("export-1"))));
    assertThat(files.kept).containsKey("export-1");
  }

  @Test
  void acceptingPutsTheBytesToTheUploadUrlAndShowsAFileInfoCard() throws Exception {
    stub.server.stubFor(
        put(urlEqualTo("/onedrive/upload/session-1")).willReturn(aResponse().withStatus(201)));
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);

    Delivery delivery = consents().answer(RECIPIENT, answer("accept"));

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    stub.server.verify(
        putRequestedFor(urlEqualTo("/onedrive/upload/session-1"))
            .withHeader(
                "Content-Range", equalTo("bytes 0-" + (bytes.length - 1) + "/" + bytes.length))
            .withHeader("Content-Length", equalTo(String.valueOf(bytes.length)))
            .withRequestBody(binaryEqualTo(bytes)));
    String info = "$.attachments[0]";
    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES))
            .withRequestBody(
                matchingJsonPath(
                    info + ".contentType",
                    equalTo("application/vnd.microsoft.teams.card.file.info")))
            .withRequestBody(
                matchingJsonPath(
                    info + ".contentUrl",
                    equalTo(
                        "https://contoso.sharepoint.com/personal/ann/Documents/Applications/"
                            + "trellis-export-2026-11-20.json")))
            .withRequestBody(
                matchingJsonPath(info + ".name", equalTo("trellis-export-2026-11-20.json")))
            .withRequestBody(
                matchingJsonPath(
                    info + ".content.uniqueId", equalTo("1150D938-8870-4044-9F2C-5BBDEBA70C8C")))
            .withRequestBody(matchingJsonPath(info + ".content.fileType", equalTo("json"))));
    assertThat(files.kept).isEmpty();
  }

  @Test
  void decliningSaysItWasNotSentAndDropsTheExport() throws Exception {
    consents().answer(RECIPIENT, answer("decline"));

    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES))
            .withRequestBody(matchingJsonPath("$.text", equalTo(TeamsFileConsents.DECLINED))));
    assertThat(files.kept).isEmpty();
  }

  @Test
  void whereTeamsCannotTakeAFileTheMessageCarriesAOneTimeLink() {
    platform(true).deliver(RECIPIENT, MESSAGE);

    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES))
            .withRequestBody(
                matchingJsonPath(
                    "$.text",
                    equalTo(
                        "Here is your Trellis export.\n\nDownload it here, once, within 15"
                            + " minutes: https://trellis.example/exports/token-1"))));
  }

  /** The value of a {@code fileConsent/invoke} activity, as Microsoft documents it. */
  private JsonNode answer(String action) throws Exception {
    String value =
        "{\"type\":\"fileUpload\",\"action\":\""
            + action
            + "\",\"context\":{\"trellisFileId\":\"export-1\"},\"uploadInfo\":{"
            + "\"contentUrl\":\"https://contoso.sharepoint.com/personal/ann/Documents/"
            + "Applications/trellis-export-2026-11-20.json\","
            + "\"name\":\"trellis-export-2026-11-20.json\","
            + "\"uploadUrl\":\""
            + stub.server.baseUrl()
            + "/onedrive/upload/session-1\","
            + "\"uniqueId\":\"1150D938-8870-4044-9F2C-5BBDEBA70C8C\",\"fileType\":\"json\"}}";
    return TeamsConnector.JSON.readTree(value);
  }

  /** The exports kept for sending, as the engine's store would hand them out. */
  private static final class Files implements AttachedFiles {
    final Map<String, String> kept = new HashMap<>();

    @Override
    public Optional<byte[]> bytes(OrgId orgId, String id) {
      return Optional.ofNullable(kept.get(id)).map(j -> j.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> link(OrgId orgId, String id) {
      return kept.containsKey(id)
          ? Optional.of("https://trellis.example/exports/token-1")
          : Optional.empty();
    }

    @Override
    public void discard(OrgId orgId, String id) {
      kept.remove(id);
    }
  }
}

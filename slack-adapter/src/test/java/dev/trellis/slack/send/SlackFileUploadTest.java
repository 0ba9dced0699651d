package dev.trellis.slack.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A my-data export goes into the person's DM through Slack's external upload. The fixtures hold no
 * files.* samples, so the answers below follow the examples of Slack's method documentation
 * (files.getUploadURLExternal: {@code ok, upload_url, file_id}; files.completeUploadExternal:
 * {@code ok, files[{id, title}]}).
 */
class SlackFileUploadTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final Recipient ANN =
      new Recipient(ORG, new PersonId("ann"), Platform.SLACK, "W012A3CDE");
  private static final String DM = "D069C7QFK";
  private static final String JSON = "{\"format\":\"trellis-export\",\"note\":\"Grüße \\\"x\\\"\"}";
  private static final FileAttachment FILE =
      new FileAttachment("export-1", "trellis-export-2026-12-07.json", "Your Trellis export");
  private static final OutboundMessage MESSAGE =
      OutboundMessage.builder("Here is your Trellis export.").file(FILE).build();

  private static final SlackApiStub slack = new SlackApiStub();

  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T14:00:00Z"));
  private final Files files = new Files();
  private final SlackPlatform platform =
      new SlackPlatform(
          new SlackCaller(
              slack.client(),
              org -> org.equals(ORG) ? Optional.of(TOKEN) : Optional.empty(),
              new SlackRateLimits(clock),
              clock),
          new RecordingRenderer(),
          files,
          HttpClient.newHttpClient());

  @BeforeEach
  void forgetStubs() {
    slack.server().resetAll();
  }

  @AfterAll
  static void stopSlack() {
    slack.close();
  }

  @Test
  void opensTheDmGetsAnUploadUrlPostsTheJsonAndSharesTheFileThere() {
    files.kept.put("export-1", JSON);
    slack.answer("conversations.open", webApi("conversations.open.ok"));
    slack.answer(
        "files.getUploadURLExternal",
        "{\"ok\":true,\"upload_url\":\""
            + slack.server().baseUrl()
            + "/upload/v1/ABC123456\",\"file_id\":\"F123ABC456\"}");
    slack
        .server()
        .stubFor(
            post(urlEqualTo("/upload/v1/ABC123456"))
                .willReturn(aResponse().withStatus(200).withBody("OK - 60")));
    slack.answer(
        "files.completeUploadExternal",
        "{\"ok\":true,\"files\":[{\"id\":\"F123ABC456\",\"title\":\"Your Trellis export\"}]}");

    Delivery delivery = platform.deliver(ANN, MESSAGE);

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/conversations.open"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("users", equalTo("W012A3CDE")));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/files.getUploadURLExternal"))
                .withFormParam("filename", equalTo("trellis-export-2026-12-07.json"))
                .withFormParam("length", equalTo(String.valueOf(bytes.length))));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/upload/v1/ABC123456"))
                .withRequestBody(binaryEqualTo(bytes)));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/files.completeUploadExternal"))
                .withFormParam("channel_id", equalTo(DM))
                .withFormParam("initial_comment", equalTo("Here is your Trellis export."))
                .withFormParam("files", containing("\"id\":\"F123ABC456\""))
                .withFormParam("files", containing("\"title\":\"Your Trellis export\"")));
    assertThat(urlsInOrder())
        .containsExactly(
            "/api/conversations.open",
            "/api/files.getUploadURLExternal",
            "/upload/v1/ABC123456",
            "/api/files.completeUploadExternal");
    assertThat(files.kept).isEmpty();
  }

  @Test
  void aWorkspaceThatRefusesTheUploadGetsTheMessageWithAOneTimeLink() {
    files.kept.put("export-1", JSON);
    slack.answer("conversations.open", webApi("conversations.open.ok"));
    slack.answer(
        "files.getUploadURLExternal",
        "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:write\"}");
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    Delivery delivery = platform.deliver(ANN, MESSAGE);

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withFormParam("channel", equalTo("W012A3CDE"))
                .withFormParam(
                    "text",
                    equalTo(
                        "Here is your Trellis export.\n\nDownload it here, once, within 15"
                            + " minutes: https://trellis.example/exports/token-1")));
  }

  @Test
  void anExportThatExpiredBeforeSendingIsSaidSoWithoutUploading() {
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    platform.deliver(ANN, MESSAGE);

    assertThat(urlsInOrder()).containsExactly("/api/chat.postMessage");
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withFormParam("text", containing("expired before it could be sent")));
  }

  private static List<String> urlsInOrder() {
    List<String> urls =
        new ArrayList<>(
            slack.server().getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(r -> r.getUrl())
                .toList());
    Collections.reverse(urls);
    return urls;
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

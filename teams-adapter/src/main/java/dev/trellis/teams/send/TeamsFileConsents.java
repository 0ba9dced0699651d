package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person's answer to a file consent card ({@code fileConsent/invoke}): on accept the file's
 * bytes are PUT to the upload URL Teams gave (their OneDrive) and a file info card shows it; on
 * decline they are told it was not sent. Either way the kept file is dropped.
 */
public final class TeamsFileConsents {

  static final String DECLINED =
      "Your export was not sent, and Trellis no longer keeps it. Type my-data again whenever you"
          + " want it.";
  static final String SENT = "Here is your Trellis export.";

  private static final Logger log = LoggerFactory.getLogger(TeamsFileConsents.class);
  private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(30);

  private final TeamsPlatform platform;
  private final AttachedFiles files;
  private final HttpClient http;

  public TeamsFileConsents(TeamsPlatform platform, AttachedFiles files, HttpClient http) {
    this.platform = platform;
    this.files = files;
    this.http = http;
  }

  /** {@code value}: the invoke's value ({@code action}, {@code context}, {@code uploadInfo}). */
  public Delivery answer(Recipient person, JsonNode value) {
    String fileId = value.path("context").path(TeamsFileCards.FILE_ID).asText("");
    if (fileId.isBlank()) {
      return new Delivery.Failed("a file consent without a Trellis file", false);
    }
    if (!"accept".equals(value.path("action").asText())) {
      files.discard(person.orgId(), fileId);
      return platform.deliver(person, OutboundMessage.builder(DECLINED).build());
    }
    Optional<byte[]> bytes = files.bytes(person.orgId(), fileId);
    if (bytes.isEmpty()) {
      return platform.deliver(person, OutboundMessage.builder(AttachedFiles.expired()).build());
    }
    JsonNode upload = value.path("uploadInfo");
    if (!put(upload.path("uploadUrl").asText(""), bytes.get())) {
      Optional<String> link = files.link(person.orgId(), fileId);
      return platform.deliver(
          person,
          OutboundMessage.builder(
                  link.map(l -> "Teams did not take the file. " + AttachedFiles.linkLine(l))
                      .orElse(AttachedFiles.expired()))
              .build());
    }
    files.discard(person.orgId(), fileId);
    return platform.send(
        person,
        TeamsFileCards.info(
            SENT,
            upload.path("name").asText(""),
            upload.path("contentUrl").asText(""),
            upload.path("uniqueId").asText(""),
            upload.path("fileType").asText("")));
  }

  /** PUTs the whole file in one range, as the upload session of the consent expects. */
  private boolean put(String uploadUrl, byte[] bytes) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(uploadUrl))
                  .timeout(UPLOAD_TIMEOUT)
                  .header("Content-Range", "bytes 0-" + (bytes.length - 1) + "/" + bytes.length)
                  .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      boolean ok = response.statusCode() == 200 || response.statusCode() == 201;
      if (!ok) {
        log.info("Teams file upload answered HTTP {}", response.statusCode());
      }
      return ok;
    } catch (IOException | IllegalArgumentException e) {
      log.info("Teams file upload failed: {}", e.getClass().getSimpleName());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

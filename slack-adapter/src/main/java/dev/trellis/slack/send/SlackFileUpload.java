package dev.trellis.slack.send;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.model.Conversation;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Uploads a file into a person's app DM with Slack's external upload (files.upload is retired):
 * conversations.open names the DM, files.getUploadURLExternal gives an upload URL for the file's
 * name and length, the bytes are POSTed there, and files.completeUploadExternal shares the file in
 * the DM with the message as its comment. Needs the files:write scope.
 */
final class SlackFileUpload {

  private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(30);

  private final SlackCaller slack;
  private final HttpClient http;

  SlackFileUpload(SlackCaller slack, HttpClient http) {
    this.slack = slack;
    this.http = http;
  }

  Delivery upload(
      OrgId orgId, String userId, FileAttachment file, byte[] bytes, String initialComment) {
    SlackOutcome<ConversationsOpenResponse> opened =
        slack.call(
            orgId,
            SlackMethod.CONVERSATIONS_OPEN,
            (client, token) ->
                client.conversationsOpen(r -> r.token(token).users(List.of(userId))));
    if (opened instanceof SlackOutcome.NotDone<ConversationsOpenResponse> notDone) {
      return notDone.delivery();
    }
    Conversation dm =
        ((SlackOutcome.Done<ConversationsOpenResponse>) opened).response().getChannel();
    if (dm == null || dm.getId() == null || dm.getId().isBlank()) {
      return Delivery.RetryLater.transientFailure(
          SlackErrors.reason(SlackMethod.CONVERSATIONS_OPEN, "no channel in the answer"));
    }
    SlackOutcome<FilesGetUploadURLExternalResponse> url =
        slack.call(
            orgId,
            SlackMethod.FILES_GET_UPLOAD_URL_EXTERNAL,
            (client, token) ->
                client.filesGetUploadURLExternal(
                    r -> r.token(token).filename(file.filename()).length(bytes.length)));
    if (url instanceof SlackOutcome.NotDone<FilesGetUploadURLExternalResponse> notDone) {
      return notDone.delivery();
    }
    FilesGetUploadURLExternalResponse target =
        ((SlackOutcome.Done<FilesGetUploadURLExternalResponse>) url).response();
    Delivery sent = post(target.getUploadUrl(), bytes);
    if (!(sent instanceof Delivery.Delivered)) {
      return sent;
    }
    SlackOutcome<FilesCompleteUploadExternalResponse> completed =
        slack.call(
            orgId,
            SlackMethod.FILES_COMPLETE_UPLOAD_EXTERNAL,
            (client, token) ->
                client.filesCompleteUploadExternal(
                    r ->
                        r.token(token)
                            .files(
                                List.of(
                                    FileDetails.builder()
                                        .id(target.getFileId())
                                        .title(file.title())
                                        .build()))
                            .channelId(dm.getId())
                            .initialComment(initialComment)));
    if (completed instanceof SlackOutcome.NotDone<FilesCompleteUploadExternalResponse> notDone) {
      return notDone.delivery();
    }
    return new Delivery.Delivered(new MessageRef(Platform.SLACK, "file:" + target.getFileId()));
  }

  /** POSTs the bytes to the upload URL Slack gave: 200 takes them. */
  private Delivery post(String uploadUrl, byte[] bytes) {
    String reason = "upload of the file";
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(uploadUrl))
                  .timeout(UPLOAD_TIMEOUT)
                  .header("Content-Type", "application/octet-stream")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      if (status == 200) {
        return new Delivery.Delivered(new MessageRef(Platform.SLACK, "upload"));
      }
      return status >= 500 || status == 429
          ? Delivery.RetryLater.transientFailure(reason + " answered HTTP " + status)
          : new Delivery.Failed(reason + " answered HTTP " + status, false);
    } catch (IOException | IllegalArgumentException e) {
      return Delivery.RetryLater.transientFailure(reason + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.RetryLater.transientFailure(reason + " was interrupted");
    }
  }
}

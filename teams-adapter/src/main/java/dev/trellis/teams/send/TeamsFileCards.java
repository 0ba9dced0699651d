package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.FileAttachment;

/**
 * The activities of a file sent on Teams: the file consent card that asks the person to let the bot
 * put the file into their OneDrive (its accept and decline context name the file), and the file
 * info card that shows it once uploaded.
 */
public final class TeamsFileCards {

  static final String CONSENT = "application/vnd.microsoft.teams.card.file.consent";
  static final String INFO = "application/vnd.microsoft.teams.card.file.info";

  /** The key of the file's id in the card's accept and decline context. */
  public static final String FILE_ID = "trellisFileId";

  private TeamsFileCards() {}

  /** A message with a file consent card for {@code size} bytes. */
  static ObjectNode consent(String text, FileAttachment file, long size) {
    ObjectNode activity = message(text);
    ObjectNode attachment = activity.putArray("attachments").addObject();
    attachment.put("contentType", CONSENT);
    attachment.put("name", file.filename());
    ObjectNode content = attachment.putObject("content");
    content.put("description", file.title());
    content.put("sizeInBytes", size);
    content.putObject("acceptContext").put(FILE_ID, file.id());
    content.putObject("declineContext").put(FILE_ID, file.id());
    return activity;
  }

  /** A message with the file info card of a file uploaded to {@code contentUrl}. */
  static ObjectNode info(
      String text, String name, String contentUrl, String uniqueId, String fileType) {
    ObjectNode activity = message(text);
    ObjectNode attachment = activity.putArray("attachments").addObject();
    attachment.put("contentType", INFO);
    attachment.put("contentUrl", contentUrl);
    attachment.put("name", name);
    ObjectNode content = attachment.putObject("content");
    content.put("uniqueId", uniqueId);
    content.put("fileType", fileType);
    return activity;
  }

  private static ObjectNode message(String text) {
    ObjectNode activity = TeamsConnector.object();
    activity.put("type", "message");
    activity.put("text", text);
    activity.put("textFormat", "plain");
    return activity;
  }
}

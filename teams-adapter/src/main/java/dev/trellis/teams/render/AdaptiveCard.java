package dev.trellis.teams.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A rendered Adaptive Card and the plain text that goes with it.
 *
 * @param content the card (Jackson 2, as the Bot Framework SDK serialises it); callers must not
 *     change it
 * @param summary plain text for notifications and clients that show no card: put it in the
 *     activity's {@code summary} (and, if it goes in {@code text}, with {@code textFormat} plain,
 *     since Teams shows an activity's text beside its card)
 */
public record AdaptiveCard(ObjectNode content, String summary) {

  /** The attachment content type of an Adaptive Card. */
  public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  private static final ObjectMapper JSON = new ObjectMapper();

  public AdaptiveCard {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(summary, "summary");
  }

  /** The card as an attachment of an activity. */
  public Attachment toAttachment() {
    Attachment attachment = new Attachment();
    attachment.setContentType(CONTENT_TYPE);
    attachment.setContent(content.deepCopy());
    return attachment;
  }

  /** The card's JSON. */
  public String json() {
    return json(content);
  }

  /** The size of the card's JSON in UTF-8 bytes, which is what Teams' size limit counts. */
  public int sizeInBytes() {
    return bytes(content);
  }

  static String json(ObjectNode card) {
    try {
      return JSON.writeValueAsString(card);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A card tree always serialises", e);
    }
  }

  static int bytes(ObjectNode card) {
    return json(card).getBytes(StandardCharsets.UTF_8).length;
  }
}

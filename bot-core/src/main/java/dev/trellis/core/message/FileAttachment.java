package dev.trellis.core.message;

import java.util.Objects;

/**
 * A file that goes with a message, kept apart from it: the message names it by {@code id}, and the
 * platform's sender reads its bytes when it sends ({@link dev.trellis.core.export.ExportFiles}), so
 * the outbox never holds the file itself.
 *
 * @param filename the name the person sees ({@code trellis-export-2026-12-07.json})
 */
public record FileAttachment(String id, String filename, String title) {

  public FileAttachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(title, "title");
  }
}

package dev.trellis.core.message;

import dev.trellis.core.org.OrgId;
import java.util.Optional;

/**
 * Where a platform's sender reads the file a message names ({@link FileAttachment}): its bytes
 * while it is kept, or a one-time link to it where the platform cannot take the file; dropped once
 * delivered.
 */
public interface AttachedFiles {

  /** No files: a message's attachment is never found. */
  AttachedFiles NONE =
      new AttachedFiles() {
        @Override
        public Optional<byte[]> bytes(OrgId orgId, String id) {
          return Optional.empty();
        }

        @Override
        public Optional<String> link(OrgId orgId, String id) {
          return Optional.empty();
        }

        @Override
        public void discard(OrgId orgId, String id) {}
      };

  /** The file's bytes; empty when it expired or is gone. */
  Optional<byte[]> bytes(OrgId orgId, String id);

  /** A new one-time link to the file; empty when it expired or is gone. */
  Optional<String> link(OrgId orgId, String id);

  /** Drops the file: it was delivered, or the person declined it. */
  void discard(OrgId orgId, String id);

  /** What a message says when its file expired before it could be sent. */
  static String expired() {
    return "Your export expired before it could be sent. Type my-data again for a new one.";
  }

  /** The line that offers the link where the file itself could not be sent. */
  static String linkLine(String link) {
    return "Download it here, once, within 15 minutes: " + link;
  }
}

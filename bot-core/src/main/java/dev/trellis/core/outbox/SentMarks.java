package dev.trellis.core.outbox;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what went out before the send counts as done, in few writes however many orgs send: the
 * first sender to arrive writes its mark with every mark that arrived while the write before it was
 * on its way (a group commit), and each sender returns once its mark is written. A send is so on
 * its way, holding its place among the org's and the platform's concurrent sends, until it is
 * written down, and a crash can repeat no more messages than were on their way.
 */
final class SentMarks {

  private static final Logger log = LoggerFactory.getLogger(SentMarks.class);

  private final Outbox outbox;
  private final String owner;
  private final List<Mark> waiting = new ArrayList<>();
  private boolean writing;

  SentMarks(Outbox outbox, String owner) {
    this.outbox = outbox;
    this.owner = owner;
  }

  /**
   * Writes down that {@code sent} went out, with what others sent meanwhile; returns once written,
   * or once writing failed (then the message is sent again when its claim runs out, never lost).
   */
  void record(Outbox.Sent sent) {
    Mark mine = new Mark(sent);
    List<Mark> batch;
    synchronized (this) {
      waiting.add(mine);
      while (writing && !mine.written) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (mine.written) {
        return;
      }
      writing = true;
      batch = List.copyOf(waiting);
      waiting.clear();
    }
    try {
      outbox.markSent(owner, batch.stream().map(m -> m.sent).toList());
    } catch (RuntimeException e) {
      log.warn("Recording sent outbox messages failed: {}", e.getClass().getSimpleName());
    } finally {
      synchronized (this) {
        batch.forEach(m -> m.written = true);
        writing = false;
        notifyAll();
      }
    }
  }

  private static final class Mark {
    final Outbox.Sent sent;
    boolean written;

    Mark(Outbox.Sent sent) {
      this.sent = sent;
    }
  }
}

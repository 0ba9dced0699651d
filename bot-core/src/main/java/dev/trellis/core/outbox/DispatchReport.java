package dev.trellis.core.outbox;

/** What one dispatch run did, for the log. */
public record DispatchReport(int claimed, int sent, int retried, int throttled, int dead) {

  static final DispatchReport NOTHING = new DispatchReport(0, 0, 0, 0, 0);

  DispatchReport plus(DispatchReport other) {
    return new DispatchReport(
        claimed + other.claimed,
        sent + other.sent,
        retried + other.retried,
        throttled + other.throttled,
        dead + other.dead);
  }
}

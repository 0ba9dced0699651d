package dev.trellis.app.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Failures the stand-ins inject into a share of message requests, before any limit counts them: a
 * 429 with {@code Retry-After: 1}, a 503, or a connection closed without an answer (the message not
 * taken).
 */
record Faults(double tooManyRequests, double unavailable, double dropped) {

  static final Faults NONE = new Faults(0, 0, 0);

  enum Fault {
    NONE,
    TOO_MANY_REQUESTS,
    UNAVAILABLE,
    DROPPED
  }

  Fault next() {
    double roll = ThreadLocalRandom.current().nextDouble();
    if (roll < tooManyRequests) {
      return Fault.TOO_MANY_REQUESTS;
    }
    if (roll < tooManyRequests + unavailable) {
      return Fault.UNAVAILABLE;
    }
    if (roll < tooManyRequests + unavailable + dropped) {
      return Fault.DROPPED;
    }
    return Fault.NONE;
  }

  Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("share429", tooManyRequests);
    json.put("share503", unavailable);
    json.put("shareDropped", dropped);
    return json;
  }
}

package dev.trellis.core.logging;

import dev.trellis.core.org.OrgId;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * What every log line of a piece of work carries (the MDC, shown as fields in JSON logs): the
 * request or run it belongs to, and the org it works for. Ids only, never what people wrote.
 */
public final class LogContext {

  /** The inbound request, or the scheduled run, a line belongs to. */
  public static final String CORRELATION_ID = "correlationId";

  /** The org the work is for. */
  public static final String ORG_ID = "orgId";

  private LogContext() {}

  /** Puts the org on this thread's log lines until the answer is closed. */
  public static MDC.MDCCloseable org(OrgId orgId) {
    return MDC.putCloseable(ORG_ID, orgId.value());
  }

  /**
   * Puts the org on this thread's log lines for the rest of an inbound request's handling: an
   * adapter calls it once it has read the org, and {@code HandlingInbound} takes it off when the
   * request is settled, so its own lines about the request (ignored, failed) carry it too.
   */
  public static void putOrg(OrgId orgId) {
    MDC.put(ORG_ID, orgId.value());
  }

  /** Takes the org off this thread's log lines. */
  public static void removeOrg() {
    MDC.remove(ORG_ID);
  }

  /** Puts a fresh correlation id ({@code prefix-} and 12 hex digits) until the answer is closed. */
  public static MDC.MDCCloseable newCorrelation(String prefix) {
    String random = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return MDC.putCloseable(CORRELATION_ID, prefix + "-" + random);
  }

  /**
   * {@code task} with this thread's log context, for running on another thread (a worker): there it
   * runs with that context and leaves the worker's as it was.
   */
  public static Runnable carried(Runnable task) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    if (context == null || context.isEmpty()) {
      return task;
    }
    return () -> {
      Map<String, String> before = MDC.getCopyOfContextMap();
      MDC.setContextMap(context);
      try {
        task.run();
      } finally {
        if (before == null) {
          MDC.clear();
        } else {
          MDC.setContextMap(before);
        }
      }
    };
  }
}

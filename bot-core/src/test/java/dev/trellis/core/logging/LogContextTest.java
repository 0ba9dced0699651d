package dev.trellis.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void aTaskCarriesTheRequestsContextToItsWorkerAndLeavesTheWorkerAsItWas() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    Map<String, String> seen = new HashMap<>();
    Map<String, String> after = new HashMap<>();
    try {
      worker.submit(() -> MDC.put("thread", "worker")).get();
      MDC.put(LogContext.CORRELATION_ID, "req-1");

      worker.submit(LogContext.carried(() -> seen.putAll(MDC.getCopyOfContextMap()))).get();
      worker.submit(() -> after.putAll(MDC.getCopyOfContextMap())).get();
    } finally {
      worker.shutdown();
      worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    assertThat(seen).containsExactly(Map.entry(LogContext.CORRELATION_ID, "req-1"));
    assertThat(after).containsExactly(Map.entry("thread", "worker"));
  }

  @Test
  void theOrgAndARunsIdComeAndGo() {
    try (MDC.MDCCloseable run = LogContext.newCorrelation("outbox-dispatch");
        MDC.MDCCloseable org = LogContext.org(new OrgId("acme"))) {
      assertThat(MDC.get(LogContext.CORRELATION_ID)).matches("outbox-dispatch-[0-9a-f]{12}");
      assertThat(MDC.get(LogContext.ORG_ID)).isEqualTo("acme");
    }

    assertThat(MDC.get(LogContext.CORRELATION_ID)).isNull();
    assertThat(MDC.get(LogContext.ORG_ID)).isNull();
  }
}

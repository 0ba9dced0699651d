package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.UniformDistribution;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.inbound.RefreshingHomes;
import dev.trellis.testkit.Fixtures;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signed slash commands at a steady rate against the running service (H2 file storage, the default,
 * scheduling on), with a WireMock standing in for Slack that answers after 5-30 ms and refuses
 * views.publish with a 429 above one call a second (tighter than Trellis's own limit, so both
 * throttle). 1,000 people type {@code /buddy status}, 500 a second for 20 s, after a warm-up of 5 s
 * at 200 a second. Measured: the rate achieved, the acknowledgement's latency (p50, p99), and for
 * every command how often it was answered at its response URL: 0 times, exactly once (the target,
 * for all), more than once. Run with {@code ./mvnw -B -o -Pbenchmark -pl deploy -am verify
 * -Dtest=SlashCommandBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
 * -Dspotless.check.skip=true}; {@code -Dbench.seconds=5} shortens the measured run, {@code
 * -Dbench.rate=…} changes its rate.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.admin.token=" + SlashCommandBenchmark.ADMIN_TOKEN,
      "trellis.slack.bot-token=xoxb-bench-token",
      "trellis.slack.signing-secret=" + SlashCommandBenchmark.SIGNING_SECRET
    })
class SlashCommandBenchmark {

  static final String ADMIN_TOKEN = "bench-admin-token-0123456789";
  static final String SIGNING_SECRET = "bench-signing-secret";
  static final String TEAM = "TBENCH01";
  static final int PEOPLE = 1_000;
  static final int RATE = Integer.getInteger("bench.rate", 500);
  static final int SECONDS = Integer.getInteger("bench.seconds", 20);

  static final WireMockServer slack =
      SlackStandIn.started(
          TEAM,
          "Bench Workspace",
          options().dynamicPort().containerThreads(200).extensions(new ViewsPublishLimit()));

  static final Path dataDir = tempDir();

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    registry.add("trellis.slack.api-url", () -> slack.baseUrl() + "/api/");
    registry.add("trellis.data-dir", dataDir::toString);
  }

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }

  /** How often each response URL was answered, and how many views.publish calls got a 429. */
  static final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();

  static final AtomicLong publishThrottled = new AtomicLong();

  @LocalServerPort int port;
  @Autowired RefreshingHomes homes;
  @Autowired Orgs orgs;

  @Test
  void everySlashCommandIsAnsweredExactlyOnce() throws Exception {
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    slack.stubFor(
        post(urlEqualTo("/api/views.publish"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(Fixtures.text(Fixtures.slack("web-api.views.publish.ok.json")))
                    .withTransformers(ViewsPublishLimit.NAME)));
    slack.updateGlobalSettings(
        GlobalSettings.builder().delayDistribution(new UniformDistribution(5, 30)).build());
    List<String> users = importPeople();

    slack.addMockServiceRequestListener(
        (request, response) -> {
          if (request.getUrl().startsWith("/respond/") && response.getStatus() == 200) {
            answered.computeIfAbsent(request.getUrl(), u -> new AtomicInteger()).incrementAndGet();
          } else if (request.getUrl().equals("/api/views.publish") && response.getStatus() == 429) {
            publishThrottled.incrementAndGet();
          }
        });
    Run warmUp = run("warm", users, 200, 5);
    warmUp.awaitAnswers(Duration.ofMinutes(3));
    slack.resetRequests();
    publishThrottled.set(0);

    Run run = run("run", users, RATE, SECONDS);
    long drained = run.awaitAnswers(Duration.ofMinutes(10));
    Map<String, Integer> answers = run.answers();
    long twice = answers.values().stream().filter(n -> n > 1).count();
    long once = answers.values().stream().filter(n -> n == 1).count();
    long never = run.names.size() - answers.size();
    long[] latencies = run.latencies();
    long throttled = publishThrottled.get();

    System.out.printf(
        "%n[SlashCommandBenchmark] %d commands at %d/s for %d s: sent in %.1f s (%.0f/s),"
            + " acks %d (non-200: %d) p50 %.1f ms p99 %.1f ms max %.1f ms;"
            + " all answered %.1f s after the first; answered 0 times: %d, exactly once: %d,"
            + " more than once: %d; views.publish 429s: %d, stale homes left: %d%n%n",
        run.names.size(),
        RATE,
        SECONDS,
        run.sendSeconds,
        run.names.size() / run.sendSeconds,
        latencies.length,
        run.failedAcks,
        percentile(latencies, 50) / 1e6,
        percentile(latencies, 99) / 1e6,
        latencies[latencies.length - 1] / 1e6,
        drained / 1e3,
        never,
        once,
        twice,
        throttled,
        homes.staleCount());
    assertThat(run.failedAcks).isZero();
    assertThat(twice).as("commands answered more than once").isZero();
    assertThat(never).as("commands not answered").isZero();
  }

  private List<String> importPeople() throws Exception {
    AdminClient admin = new AdminClient(port, ADMIN_TOKEN);
    String orgId = orgs.findBySlackTeamId(TEAM).orElseThrow().id().value();
    StringBuilder csv = new StringBuilder("email,name,time_zone,department,slack_user_id\n");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      String user = "UB" + String.format("%06d", i);
      users.add(user);
      csv.append(
          String.join(
              ",", "p" + i + "@bench.example.com", "Person " + i, "Europe/Berlin", "Eng", user));
      csv.append('\n');
    }
    AdminClient.Answer imported =
        admin.postCsv(
            "/api/admin/orgs/" + orgId + "/people",
            csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    return users;
  }

  /** Sends {@code rate} signed commands a second for {@code seconds}, each with its own URL. */
  private Run run(String prefix, List<String> users, int rate, int seconds) throws Exception {
    int total = rate * seconds;
    List<String> names = new ArrayList<>(total);
    List<HttpRequest> requests = new ArrayList<>(total);
    long timestamp = Instant.now().getEpochSecond();
    for (int i = 0; i < total; i++) {
      String name = prefix + "-" + i;
      names.add(name);
      String body =
          SlackRequests.slashCommand(
              TEAM,
              users.get(i % users.size()),
              "/buddy",
              "status",
              SlackStandIn.responseUrl(slack, name));
      requests.add(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
              .header("X-Slack-Signature", SlackRequests.signature(SIGNING_SECRET, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
    long[] latencies = new long[total];
    int[] statuses = new int[total];
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      long sent = System.nanoTime();
      pending.add(
          http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, failure) -> {
                    latencies[index] = System.nanoTime() - sent;
                    statuses[index] = failure == null ? response.statusCode() : -1;
                    return null;
                  }));
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    pool.shutdown();
    int failed = (int) Arrays.stream(statuses).filter(s -> s != 200).count();
    return new Run(names, latencies, failed, sendSeconds, System.currentTimeMillis());
  }

  private final class Run {
    final List<String> names;
    final long[] latencies;
    final int failedAcks;
    final double sendSeconds;
    final long startedMillis;

    Run(List<String> names, long[] latencies, int failedAcks, double sendSeconds, long sentMillis) {
      this.names = names;
      this.latencies = latencies;
      this.failedAcks = failedAcks;
      this.sendSeconds = sendSeconds;
      this.startedMillis = sentMillis - (long) (sendSeconds * 1000);
    }

    /** Waits until every command was answered (or the time is up); answers how long it took. */
    long awaitAnswers(Duration atMost) throws InterruptedException {
      long deadline = System.currentTimeMillis() + atMost.toMillis();
      while (answers().size() < names.size() && System.currentTimeMillis() < deadline) {
        Thread.sleep(2_000);
      }
      // Anything answered a second time would come soon after: wait a little more.
      Thread.sleep(5_000);
      return System.currentTimeMillis() - 5_000 - startedMillis;
    }

    /** How often each command of this run was answered at its response URL. */
    Map<String, Integer> answers() {
      String prefix = "/respond/" + names.get(0).substring(0, names.get(0).indexOf('-') + 1);
      Map<String, Integer> counts = new HashMap<>();
      answered.forEach(
          (url, n) -> {
            if (url.startsWith(prefix)) {
              counts.put(url, n.get());
            }
          });
      return counts;
    }

    long[] latencies() {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      return sorted;
    }
  }

  private static double percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("trellis-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Slack's side of views.publish: above one call a second (bursts of 5), a 429. */
  static final class ViewsPublishLimit implements ResponseDefinitionTransformerV2 {
    static final String NAME = "views-publish-limit";
    private double tokens = 5;
    private long last = System.nanoTime();

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
      long now = System.nanoTime();
      tokens = Math.min(5, tokens + (now - last) / 1e9);
      last = now;
      if (tokens < 1) {
        return aResponse().withStatus(429).withHeader("Retry-After", "1").build();
      }
      tokens--;
      return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}

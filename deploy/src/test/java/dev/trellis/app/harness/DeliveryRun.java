package dev.trellis.app.harness;

import dev.trellis.app.ServiceProcess;
import dev.trellis.app.harness.HarnessOrgs.Seeded;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * One run: the stand-ins and the shared database started, the orgs stored, {@code replicas} Trellis
 * processes started on them, then every prompt put in the outbox due at once, and the run watched
 * until every prompt arrived and the outbox is empty (or {@code maxWait} passed). With a kill, the
 * first replica is SIGKILLed once {@code killAt} of the prompts arrived, and started again.
 */
final class DeliveryRun {

  /** What a run measured, for its scenario's figures and targets. */
  record Result(
      DeliveryFigures figures,
      boolean completed,
      double doneSeconds,
      long deadLetters,
      Map<String, Integer> deadReasons,
      long stillQueued,
      Optional<Kill> kill,
      Map<String, Object> sharing,
      Map<String, String> settings,
      Map<String, Integer> faultsInjected,
      double runSeconds) {}

  /**
   * The SIGKILL of a crash run: when, how much had arrived, requests in flight then, and sends on
   * their way: messages the stand-ins took (those in flight included, once answered) that the
   * outbox had not recorded as sent when the replica died, so would be sent again.
   */
  record Kill(double atSeconds, int deliveredBefore, int inFlight, int onTheirWay) {}

  private final String name;
  private final HarnessSettings settings;
  private final List<Seeded> orgs;
  private final int replicas;
  private final Faults faults;
  private final Optional<Double> killAt;

  DeliveryRun(
      String name,
      HarnessSettings settings,
      List<Seeded> orgs,
      int replicas,
      Faults faults,
      Optional<Double> killAt) {
    this.name = name;
    this.settings = settings;
    this.orgs = orgs;
    this.replicas = replicas;
    this.faults = faults;
    this.killAt = killAt;
  }

  Result run() throws Exception {
    long runStart = System.nanoTime();
    Path work = BenchReport.DIRECTORY.resolve("work").resolve(name);
    deleteRecursively(work);
    Files.createDirectories(work);
    ArrivalLog log = new ArrivalLog();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Map<Long, String> replicaOfPid = new ConcurrentHashMap<>();
    List<TrellisProcess> running = new ArrayList<>();
    try (StandInServer platforms = new StandInServer(settings.latency(), log);
        SharedDatabase database = new SharedDatabase()) {
      platforms.route("/api/", new SlackApiStandIn(log, faults));
      platforms.route(TeamsConnectorStandIn.PREFIX, new TeamsConnectorStandIn(log, faults));
      platforms.start();
      HarnessOrgs harnessOrgs =
          new HarnessOrgs(database.db(), new AesGcmTextCipher(key.clone()), orgs);
      harnessOrgs.storeOrgsAndPeople(platforms.baseUrl() + TeamsConnectorStandIn.PREFIX);
      Map<String, String> environment = environment(database.uri(), platforms.baseUrl(), key);
      for (int i = 0; i < replicas; i++) {
        String replica = "replica-" + (char) ('a' + i);
        TrellisProcess p = TrellisProcess.start(replica, settings.jar(), environment, work);
        replicaOfPid.put(p.pid(), replica);
        running.add(p);
      }
      LeaseSampler sampler =
          new LeaseSampler(
              database.db(),
              owner -> {
                int at = owner.indexOf('@');
                String pid = at > 0 ? owner.substring(0, at) : owner;
                try {
                  return replicaOfPid.getOrDefault(Long.parseLong(pid), owner);
                } catch (NumberFormatException e) {
                  return owner;
                }
              });

      long start = System.nanoTime();
      Set<String> marks = harnessOrgs.enqueuePrompts(Instant.now());
      System.out.printf(
          "HARNESS %s: %d prompts in %d orgs due at once, %d replica(s), enqueued in %.1f s%n",
          name, marks.size(), orgs.size(), replicas, (System.nanoTime() - start) / 1e9);
      long deadline = start + settings.maxWait().toNanos();
      Optional<Kill> kill = Optional.empty();
      boolean completed = false;
      double doneSeconds = Double.NaN;
      int tick = 0;
      while (System.nanoTime() < deadline) {
        ServiceProcess.sleep(Duration.ofMillis(500));
        if (++tick % 4 == 0) {
          sampler.sample();
        }
        if (tick % 20 == 0) {
          System.out.printf(
              "HARNESS %s: %.0f s, %d of %d arrived%n",
              name, (System.nanoTime() - start) / 1e9, log.distinctDelivered(), marks.size());
        }
        if (killAt.isPresent()
            && kill.isEmpty()
            && log.distinctDelivered() >= killAt.get() * marks.size()) {
          int inFlight = log.inFlight();
          int before = log.distinctDelivered();
          double at = (System.nanoTime() - start) / 1e9;
          running.get(0).kill();
          // Requests in flight at the kill are answered (and taken) within the latency.
          ServiceProcess.sleep(settings.latency().plusMillis(500));
          int onTheirWay = notRecordedAsSent(database, log.deliveredMarkers());
          kill = Optional.of(new Kill(at, before, inFlight, onTheirWay));
          System.out.printf(
              "HARNESS %s: killed %s at %.1f s (%d arrived, %d requests in flight, %d sends taken"
                  + " but not recorded)%n",
              name, running.get(0).name(), at, before, inFlight, onTheirWay);
          TrellisProcess again =
              TrellisProcess.start("replica-a-restarted", settings.jar(), environment, work);
          replicaOfPid.put(again.pid(), "replica-a-restarted");
          running.set(0, again);
        }
        if (log.distinctDelivered() >= marks.size() && database.count("outbox") == 0) {
          completed = true;
          doneSeconds = (System.nanoTime() - start) / 1e9;
          break;
        }
      }
      // Whatever would be sent twice comes soon after.
      ServiceProcess.sleep(Duration.ofSeconds(3));
      long dead = database.count("outbox_dead");
      Map<String, Integer> reasons = new TreeMap<>();
      for (Document doc : database.db().getCollection("outbox_dead").find()) {
        reasons.merge(String.valueOf(doc.get("reason")), 1, Integer::sum);
      }
      long queued = database.count("outbox");
      DeliveryFigures figures = new DeliveryFigures(orgs, marks, log, start);
      for (TrellisProcess p : running) {
        p.close();
      }
      running.clear();
      return new Result(
          figures,
          completed,
          doneSeconds,
          dead,
          reasons,
          queued,
          kill,
          sampler.asJson(),
          TrellisProcess.shown(environment),
          log.faultsInjected(),
          (System.nanoTime() - runStart) / 1e9);
    } finally {
      for (TrellisProcess p : running) {
        p.kill();
      }
    }
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** How many of {@code markers} the outbox has not recorded as sent (by their outbox keys). */
  private static int notRecordedAsSent(SharedDatabase database, Set<String> markers) {
    Set<String> recorded = new HashSet<>();
    database
        .db()
        .getCollection("outbox_sent")
        .find()
        .projection(new Document("_id", 1))
        .batchSize(1_000)
        .forEach(d -> recorded.add(String.valueOf(d.get("_id"))));
    return (int) markers.stream().filter(m -> !recorded.contains(Markers.outboxKey(m))).count();
  }

  private static Map<String, String> environment(String mongoUri, String platforms, byte[] key) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MONGODB_URI", mongoUri);
    env.put("TRELLIS_MONGODB_DATABASE", SharedDatabase.NAME);
    env.put("TRELLIS_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(key));
    env.put("SLACK_CLIENT_ID", "1234.harness");
    env.put("SLACK_CLIENT_SECRET", "harness-client-secret");
    env.put("SLACK_SIGNING_SECRET", "harness-signing-secret");
    env.put("SLACK_BOT_TOKEN", "");
    env.put("SLACK_APP_TOKEN", "");
    env.put("SLACK_API_URL", platforms + "/api/");
    env.put("MICROSOFT_APP_ID", HarnessOrgs.MICROSOFT_APP_ID);
    env.put("MICROSOFT_APP_PASSWORD", "harness-app-password");
    env.put("MICROSOFT_TOKEN_URL", platforms + TeamsConnectorStandIn.PREFIX + "token");
    env.put("TRELLIS_SCHEDULING_ENABLED", "true");
    env.put("TRELLIS_STEP_INTERVAL", "1h");
    env.put("TRELLIS_PLANNING_INTERVAL", "24h");
    return env;
  }
}

package dev.trellis.app.deployment;

import static dev.trellis.app.deployment.DeploymentFiles.at;
import static dev.trellis.app.deployment.DeploymentFiles.duration;
import static dev.trellis.app.deployment.DeploymentFiles.envFile;
import static dev.trellis.app.deployment.DeploymentFiles.k8s;
import static dev.trellis.app.deployment.DeploymentFiles.list;
import static dev.trellis.app.deployment.DeploymentFiles.map;
import static dev.trellis.app.deployment.DeploymentFiles.placeholders;
import static dev.trellis.app.deployment.DeploymentFiles.text;
import static dev.trellis.app.deployment.DeploymentFiles.trellisContainer;
import static dev.trellis.app.deployment.DeploymentFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container, compose and Kubernetes files agree with the service they run: they set only real
 * settings, on its port, with probes on its health groups, and give its graceful shutdown the time
 * it takes. (Their schemas are checked by deploy/validate-deploy.sh; the probes answer in {@link
 * ProbeEndpointsTest}.)
 */
class DeploymentFilesTest {

  /** Read by the JVM or the container, not by Trellis. */
  private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  private static final int SERVER_PORT = 8080;

  @Test
  void everyVariableTheImageComposeAndKubernetesSetIsATrellisSetting() {
    Set<String> known = new LinkedHashSet<>(DeploymentFiles.trellisSettings());
    known.addAll(JVM_VARIABLES);

    assertThat(dockerfileEnv()).isNotEmpty().allSatisfy(name -> assertThat(known).contains(name));
    assertThat(composeTrellisEnv())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(known).contains(name));
    assertThat(kubernetesEnv()).isNotEmpty().allSatisfy(name -> assertThat(known).contains(name));
  }

  @Test
  void envExampleHoldsTrellisSettingsAndTheVariablesComposeInterpolatesOnly() {
    Set<String> known = new LinkedHashSet<>(DeploymentFiles.trellisSettings());
    known.addAll(placeholders(text("compose.yaml")));

    assertThat(envFile(".env.example").keySet())
        .contains("MONGODB_URI", "TRELLIS_ENCRYPTION_KEY", "TRELLIS_ADMIN_TOKEN")
        .allSatisfy(name -> assertThat(known).contains(name));
  }

  @Test
  void theKubernetesSecretTemplateHoldsPlaceholdersNeverSecrets() {
    Map<String, Object> secrets = map(at(k8s("secret.example.yaml", "Secret"), "stringData"));

    assertThat(secrets)
        .containsKeys("MONGODB_URI", "TRELLIS_ENCRYPTION_KEY", "TRELLIS_ADMIN_TOKEN")
        .allSatisfy((name, value) -> assertThat((String) value).contains("REPLACE_WITH"));
    assertThat(envFile(".env.example"))
        .allSatisfy(
            (name, value) -> {
              if (name.matches(".*(KEY|TOKEN|SECRET|PASSWORD)")) {
                assertThat(value).as(name).matches("|REPLACE_WITH.*");
              }
            });
    assertThat(list(at(yaml("k8s/kustomization.yaml"), "resources")))
        .as("placeholders are never applied with the rest")
        .doesNotContain("secret.example.yaml");
  }

  @Test
  void kubernetesProbesUseTheActuatorHealthGroupsOnTheServicePort() {
    Map<String, Object> container = trellisContainer();

    assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
    assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
    assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
    assertThat(list(container.get("ports")))
        .singleElement()
        .satisfies(port -> assertThat(map(port)).containsEntry("containerPort", SERVER_PORT));
    assertThat(text("src/main/resources/application.yml"))
        .contains("port: " + SERVER_PORT)
        .containsPattern("probes:\\s+enabled: true");
  }

  @Test
  void terminationGraceCoversTheShutdownGraceAndThePreStopPause() {
    Map<String, Object> pod = map(at(k8s("deployment.yaml", "Deployment"), "spec.template.spec"));
    Duration grace =
        duration(
            (String)
                map(at(k8s("configmap.yaml", "ConfigMap"), "data"))
                    .getOrDefault(
                        "TRELLIS_SHUTDOWN_GRACE",
                        DeploymentFiles.defaultShutdownGrace().toString()));
    List<Object> preStop = list(at(trellisContainer(), "lifecycle.preStop.exec.command"));
    Duration pause = Duration.ofSeconds(Long.parseLong((String) preStop.get(1)));

    assertThat(preStop.get(0)).isEqualTo("sleep");
    assertThat(Duration.ofSeconds((Integer) pod.get("terminationGracePeriodSeconds")))
        .isGreaterThan(grace.plus(pause));
    assertThat(DeploymentFiles.defaultShutdownGrace()).isEqualTo(Duration.ofSeconds(30));

    Duration composeGrace = duration(envFile(".env.example").get("TRELLIS_SHUTDOWN_GRACE"));
    assertThat(duration((String) composeTrellis().get("stop_grace_period")))
        .isGreaterThan(composeGrace);
  }

  @Test
  void kubernetesRunsTwoReplicasAndADisruptionLeavesOneServing() {
    Map<String, Object> deployment = k8s("deployment.yaml", "Deployment");
    Map<String, Object> budget = k8s("poddisruptionbudget.yaml", "PodDisruptionBudget");
    Object selector = at(deployment, "spec.selector.matchLabels");

    assertThat((Integer) at(deployment, "spec.replicas")).isGreaterThanOrEqualTo(2);
    assertThat((Integer) at(budget, "spec.minAvailable"))
        .isBetween(1, (Integer) at(deployment, "spec.replicas") - 1);
    assertThat(at(budget, "spec.selector.matchLabels")).isEqualTo(selector);
    assertThat(at(k8s("service.yaml", "Service"), "spec.selector")).isEqualTo(selector);
    assertThat(map(at(deployment, "spec.template.metadata.labels")))
        .containsAllEntriesOf(map(selector));
  }

  @Test
  void kubernetesRunsTheContainerAsNonRootOnAReadOnlyRootFilesystem() {
    Map<String, Object> pod = map(at(k8s("deployment.yaml", "Deployment"), "spec.template.spec"));

    assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
    assertThat(at(pod, "securityContext.runAsUser")).isEqualTo(dockerfileUid());
    assertThat(at(trellisContainer(), "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(list(trellisContainer().get("volumeMounts")))
        .extracting(mount -> map(mount).get("mountPath"))
        .containsExactly("/tmp");
    // With a read-only root filesystem nothing may be generated into the data directory.
    assertThat(map(at(k8s("secret.example.yaml", "Secret"), "stringData")))
        .containsKeys("MONGODB_URI", "TRELLIS_ENCRYPTION_KEY", "TRELLIS_ADMIN_TOKEN");
  }

  @Test
  void theImageExposesTheServicePortChecksItsHealthThereAndRunsJavaAsPidOne() {
    String dockerfile = text("Dockerfile");
    String healthcheck = text("docker/healthcheck.sh");

    assertThat(dockerfile)
        .containsPattern("(?m)^EXPOSE " + SERVER_PORT + "$")
        .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-jar\", ")
        .contains("CMD [\"/bin/bash\", \"/opt/trellis/healthcheck.sh\"]")
        .contains("COPY deploy/docker/healthcheck.sh /opt/trellis/healthcheck.sh")
        .containsPattern("(?m)^USER 10001")
        .contains("-XX:MaxRAMPercentage=75")
        .contains("TRELLIS_LOG_FORMAT=json");
    assertThat(healthcheck)
        .contains("${SERVER_PORT:-" + SERVER_PORT + "}")
        .contains("GET /actuator/health ");
  }

  @Test
  void composeAndPrometheusReachBothReplicasOnTheServicePort() {
    Map<String, Object> services = map(yaml("compose.yaml").get("services"));
    Map<String, Object> scrape =
        map(list(yaml("prometheus/prometheus.yml").get("scrape_configs")).get(0));

    assertThat(services).containsKeys("trellis-a", "trellis-b", "mongo1", "mongo2", "mongo3");
    for (String replica : List.of("trellis-a", "trellis-b")) {
      assertThat(list(map(services.get(replica)).get("ports")))
          .singleElement()
          .satisfies(port -> assertThat((String) port).endsWith(":" + SERVER_PORT));
    }
    assertThat(scrape).containsEntry("metrics_path", "/actuator/prometheus");
    assertThat(list(map(list(scrape.get("static_configs")).get(0)).get("targets")))
        .containsExactly("trellis-a:" + SERVER_PORT, "trellis-b:" + SERVER_PORT);
    assertThat(at(scrape, "authorization.type")).isEqualTo("Bearer");
  }

  private static String probePath(Map<String, Object> container, String probe) {
    assertThat(at(container, probe + ".httpGet.port")).isEqualTo("http");
    return (String) at(container, probe + ".httpGet.path");
  }

  private static Set<String> dockerfileEnv() {
    Set<String> names = new LinkedHashSet<>();
    Matcher env =
        Pattern.compile("(?m)(?:^ENV |\\\\\\n\\s+)([A-Z_][A-Z0-9_]*)=").matcher(text("Dockerfile"));
    while (env.find()) {
      names.add(env.group(1));
    }
    return names;
  }

  private static Map<String, Object> composeTrellis() {
    return map(map(yaml("compose.yaml").get("services")).get("trellis-a"));
  }

  private static Set<String> composeTrellisEnv() {
    return map(composeTrellis().get("environment")).keySet();
  }

  private static Set<String> kubernetesEnv() {
    Set<String> names = new LinkedHashSet<>();
    list(trellisContainer().get("env")).forEach(env -> names.add((String) map(env).get("name")));
    names.addAll(map(at(k8s("configmap.yaml", "ConfigMap"), "data")).keySet());
    names.addAll(map(at(k8s("secret.example.yaml", "Secret"), "stringData")).keySet());
    return names;
  }

  private static Integer dockerfileUid() {
    Matcher uid = Pattern.compile("(?m)^USER (\\d+):").matcher(text("Dockerfile"));
    assertThat(uid.find()).isTrue();
    return Integer.valueOf(uid.group(1));
  }
}

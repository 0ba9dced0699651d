package dev.trellis.app.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files of the deploy module (Dockerfile, compose.yaml, .env.example, k8s/) and the
 * settings they may name, read as an operator's tools read them. Paths are relative to the deploy
 * module, the tests' working directory.
 */
final class DeploymentFiles {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
  private static final Pattern README_SETTING = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

  private DeploymentFiles() {}

  static String text(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The YAML documents of a file, with anchors and merge keys resolved. */
  static List<Map<String, Object>> yamlDocuments(String file) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text(file))) {
      if (document != null) {
        documents.add(map(document));
      }
    }
    return documents;
  }

  static Map<String, Object> yaml(String file) {
    return yamlDocuments(file).get(0);
  }

  /** The value at a dotted path of maps ({@code spec.template.spec}). */
  static Object at(Map<String, Object> root, String path) {
    Object value = root;
    for (String key : path.split("\\.")) {
      value = map(value).get(key);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }

  /** NAME=value lines of an env file, in order. */
  static Map<String, String> envFile(String file) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String line : text(file).split("\n")) {
      Matcher entry = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$").matcher(line);
      if (entry.matches()) {
        entries.put(entry.group(1), entry.group(2));
      }
    }
    return entries;
  }

  /** The ${NAME} placeholders of a text, in order. */
  static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      names.add(placeholder.group(1));
    }
    return names;
  }

  /**
   * The environment variables Trellis reads: the placeholders of application.yml and the variables
   * of the README's Configuration table (some are bound by Spring's relaxed binding, without a
   * placeholder).
   */
  static Set<String> trellisSettings() {
    Set<String> settings =
        new LinkedHashSet<>(placeholders(text("src/main/resources/application.yml")));
    String readme = text("../README.md");
    int table = readme.indexOf("## Configuration");
    for (String line : readme.substring(table).split("\n")) {
      if (line.startsWith("| `")) {
        Matcher variable = README_SETTING.matcher(line.split("\\|")[1]);
        while (variable.find()) {
          settings.add(variable.group(1));
        }
      }
    }
    return settings;
  }

  /** TRELLIS_SHUTDOWN_GRACE's default in application.yml. */
  static Duration defaultShutdownGrace() {
    Matcher grace =
        Pattern.compile("\\$\\{TRELLIS_SHUTDOWN_GRACE:([^}]+)}")
            .matcher(text("src/main/resources/application.yml"));
    if (!grace.find()) {
      throw new IllegalStateException("application.yml has no TRELLIS_SHUTDOWN_GRACE");
    }
    return duration(grace.group(1));
  }

  static Duration duration(String value) {
    return DurationStyle.detectAndParse(value);
  }

  /** The Kubernetes object of a kind in deploy/k8s. */
  static Map<String, Object> k8s(String file, String kind) {
    return yamlDocuments("k8s/" + file).stream()
        .filter(document -> kind.equals(document.get("kind")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + kind + " in k8s/" + file));
  }

  /** The Trellis container of the Kubernetes Deployment. */
  static Map<String, Object> trellisContainer() {
    return list(at(k8s("deployment.yaml", "Deployment"), "spec.template.spec.containers")).stream()
        .map(DeploymentFiles::map)
        .filter(container -> "trellis".equals(container.get("name")))
        .findFirst()
        .orElseThrow();
  }
}

package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.trellis.testkit.slack.SlackRequests;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Reading what reached a WireMock standing in for Slack's Web API, and waiting for it. */
final class SlackCalls {

  private SlackCalls() {}

  /** Calls to a Web API method naming this user (or channel) that the stand-in answered 200. */
  static List<LoggedRequest> accepted(WireMockServer slack, String path, String slackId) {
    return slack.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(path))
        .filter(e -> e.getResponse().getStatus() == 200)
        .map(e -> (LoggedRequest) e.getRequest())
        .filter(r -> formOf(r).containsValue(slackId))
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  /** Every call to a Web API method naming this user (or channel), whatever the answer. */
  static List<LoggedRequest> attempted(WireMockServer slack, String path, String slackId) {
    return slack.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(path))
        .map(e -> (LoggedRequest) e.getRequest())
        .filter(r -> formOf(r).containsValue(slackId))
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  /** Waits up to ten seconds for at least {@code atLeast} items. */
  static <T> List<T> await(Supplier<List<T>> found, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<T> now = found.get();
    while (now.size() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(50);
      now = found.get();
    }
    assertThat(now).as("what the stand-in Slack received").hasSizeGreaterThanOrEqualTo(atLeast);
    return now;
  }

  /** Waits up to ten seconds for the condition; the caller asserts it after. */
  static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  /** A Web API call's form fields (or its JSON body's top-level fields). */
  /** The view of the first modal the service opened ({@code views.open}), once it has. */
  static JsonNode openedModal(WireMockServer slack) throws InterruptedException {
    return SlackRequests.JSON.readTree(
        formOf(
                await(() -> slack.findAll(postRequestedFor(urlEqualTo("/api/views.open"))), 1)
                    .get(0))
            .get("view"));
  }

  static Map<String, String> formOf(LoggedRequest request) {
    String body = request.getBodyAsString();
    if (body.startsWith("{")) {
      return jsonOf(request);
    }
    return form(body);
  }

  /** The fields of an x-www-form-urlencoded body. */
  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return form;
  }

  /** A JSON body's top-level fields, values as text. */
  static Map<String, String> jsonOf(LoggedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    SlackRequests.JSON
        .readTree(request.getBodyAsString())
        .properties()
        .forEach(
            e ->
                fields.put(
                    e.getKey(),
                    e.getValue().isValueNode()
                        ? e.getValue().asString()
                        : e.getValue().toString()));
    return fields;
  }

  /** The first button whose label starts with {@code label}, in a message's blocks. */
  static JsonNode button(String blocks, String label) {
    for (JsonNode block : SlackRequests.JSON.readTree(blocks)) {
      if (block.has("elements")) {
        for (JsonNode element : block.get("elements")) {
          if ("button".equals(element.path("type").asString())
              && element.path("text").path("text").asString().startsWith(label)) {
            return element;
          }
        }
      }
    }
    throw new AssertionError("No button '" + label + "' in " + blocks);
  }
}

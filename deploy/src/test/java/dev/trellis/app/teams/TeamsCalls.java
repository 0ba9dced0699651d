package dev.trellis.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.testkit.CardSchema;
import dev.trellis.testkit.teams.TeamsRequests;
import dev.trellis.testkit.teams.TeamsStandIn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reading what reached a WireMock standing in for the Teams connector, and waiting for it. */
final class TeamsCalls {

  private TeamsCalls() {}

  /** The 1:1 chat the stand-in opens with a member (its id made of theirs). */
  static String chatOf(TeamsRequests.Member member) {
    return "a:1on1-" + member.userId().substring(3);
  }

  static String activitiesPath(String conversationId) {
    return TeamsStandIn.CONNECTOR
        + "/v3/conversations/"
        + URLEncoder.encode(conversationId, StandardCharsets.UTF_8).replace("+", "%20")
        + "/activities";
  }

  /** Activities the connector took (201) in this conversation, oldest first. */
  static List<ServeEvent> sentTo(WireMockServer teams, String conversationId) {
    String path = activitiesPath(conversationId);
    return eventsMatching(
        teams,
        e ->
            isPost(e)
                && e.getRequest().getUrl().equals(path)
                && e.getResponse().getStatus() == 201);
  }

  /** Updates of one activity the connector took. */
  static List<ServeEvent> updatesOf(
      WireMockServer teams, String conversationId, String activityId) {
    String path = activitiesPath(conversationId) + "/" + activityId;
    return eventsMatching(
        teams,
        e ->
            e.getRequest().getMethod().getName().equals("PUT")
                && e.getRequest().getUrl().equals(path)
                && e.getResponse().getStatus() == 200);
  }

  static List<ServeEvent> eventsMatching(WireMockServer teams, Predicate<ServeEvent> which) {
    List<ServeEvent> found = new ArrayList<>();
    for (ServeEvent event : teams.getAllServeEvents()) {
      if (which.test(event)) {
        found.add(event);
      }
    }
    found.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    return found;
  }

  static boolean isPost(ServeEvent event) {
    return event.getRequest().getMethod().getName().equals("POST");
  }

  /**
   * Asserts that every Adaptive Card sent to or updated in a conversation is valid Adaptive Card
   * 1.5; answers how many there were.
   */
  static int everyCardIsValidAdaptiveCard15(WireMockServer teams) {
    int cards = 0;
    for (ServeEvent event : teams.getAllServeEvents()) {
      if (!event.getRequest().getUrl().startsWith(TeamsStandIn.CONNECTOR + "/v3/conversations/")) {
        continue;
      }
      JsonNode activity = json(event.getRequest().getBodyAsString());
      for (JsonNode attachment : activity.path("attachments")) {
        assertThat(attachment.path("contentType").asText())
            .isEqualTo("application/vnd.microsoft.card.adaptive");
        String card = attachment.path("content").toString();
        assertThat(CardSchema.problems(card)).as(card).isEmpty();
        cards++;
      }
    }
    return cards;
  }

  /** The id the connector gave an activity it took. */
  static String activityId(ServeEvent event) {
    String id = json(event.getResponse().getBodyAsString()).path("id").asText();
    assertThat(id).isNotBlank();
    return id;
  }

  /** The one Adaptive Card an activity carries. */
  static JsonNode card(ServeEvent event) {
    JsonNode attachments = json(event.getRequest().getBodyAsString()).path("attachments");
    assertThat(attachments.size()).isEqualTo(1);
    return attachments.get(0).path("content");
  }

  /** Everything a card says (its JSON), and the activity's fallback text. */
  static String cardText(ServeEvent event) {
    return card(event).toString()
        + "\n"
        + json(event.getRequest().getBodyAsString()).path("text").asText();
  }

  /** The card's first {@code Action.Submit} whose title starts with {@code title}. */
  static JsonNode submitAction(JsonNode card, String title) {
    List<JsonNode> found = new ArrayList<>();
    collectSubmits(card, found);
    return found.stream()
        .filter(a -> a.path("title").asText().startsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No button '" + title + "' in " + card));
  }

  private static void collectSubmits(JsonNode node, List<JsonNode> found) {
    if (node.isObject() && "Action.Submit".equals(node.path("type").asText())) {
      found.add(node);
    }
    for (JsonNode child : node) {
      collectSubmits(child, found);
    }
  }

  static JsonNode json(String text) {
    try {
      return TeamsRequests.JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }

  /** Waits up to ten seconds for at least {@code atLeast} items. */
  static <T> List<T> await(Supplier<List<T>> found, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<T> now = found.get();
    while (now.size() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(50);
      now = found.get();
    }
    assertThat(now).as("what the connector received").hasSizeGreaterThanOrEqualTo(atLeast);
    return now;
  }
}

package dev.trellis.slack.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Slack's own Web API example answers, kept in the test resources (see SOURCES.md there). */
public final class SlackFixtures {

  private SlackFixtures() {}

  /** The body of {@code web-api/<name>.json}, such as {@code chat.postMessage.ok}. */
  public static String webApi(String name) {
    String path = "/dev/trellis/slack/send/web-api/" + name + ".json";
    try (InputStream in = SlackFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An {@code ok:false} answer in Slack's envelope, for codes with no public example. */
  public static String error(String code) {
    return "{\"ok\":false,\"error\":\"" + code + "\"}";
  }
}

package dev.trellis.teams.inbound;

import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP answer to one POST on the bot's messaging endpoint ({@code /api/messages}).
 *
 * @param status the HTTP status
 * @param body a JSON body (an invoke response), or empty for none
 */
public record TeamsAnswer(int status, Optional<String> body) {

  public TeamsAnswer {
    Objects.requireNonNull(body, "body");
  }

  static TeamsAnswer ok() {
    return new TeamsAnswer(200, Optional.empty());
  }

  static TeamsAnswer ok(String json) {
    return new TeamsAnswer(200, Optional.of(json));
  }

  static TeamsAnswer badRequest() {
    return new TeamsAnswer(400, Optional.empty());
  }

  static TeamsAnswer unauthorized() {
    return new TeamsAnswer(401, Optional.empty());
  }
}

package dev.trellis.teams.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Bot Framework connector answers kept in the test resources (see SOURCES.md there). */
public final class ConnectorFixtures {

  private ConnectorFixtures() {}

  /** The body of {@code connector/connector.<name>.json}, such as {@code get-member.response}. */
  public static String connector(String name) {
    String path = "/dev/trellis/teams/send/connector/connector." + name + ".json";
    try (InputStream in = ConnectorFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Bot Framework {@code ErrorResponse}, for codes with no public example. */
  public static String error(String code) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + code + "\"}}";
  }
}

package dev.trellis.teams.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests to the connector and its token endpoint. Java's {@code HttpClient} offers an HTTP/2
 * upgrade ({@code Upgrade: h2c}) on every plain {@code http://} request, and Node's HTTP server
 * (the Microsoft 365 Agents Playground, the Bot Framework Emulator) drops such a request without an
 * answer; so plain http is spoken as HTTP/1.1. Over TLS, HTTP/2 is negotiated by ALPN and stays.
 */
final class PlainHttp {

  private PlainHttp() {}

  static HttpRequest.Builder versionFor(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      request.version(HttpClient.Version.HTTP_1_1);
    }
    return request;
  }

  /**
   * What went wrong, cause by cause ({@code IOException: HTTP/1.1 header parser received no bytes
   * <- EOFException: EOF reached while reading}): the classes and messages of I/O failures, which
   * name hosts and protocol states, never what people wrote.
   */
  static String causes(Throwable failure) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause()) {
      String message = t.getMessage();
      parts.add(
          t.getClass().getSimpleName()
              + (message == null || message.isBlank() ? "" : ": " + oneLine(message)));
      if (t.getCause() == t) {
        break;
      }
    }
    return String.join(" <- ", parts);
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("[\\r\\n\\t]+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}

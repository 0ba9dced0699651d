package dev.trellis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running Trellis over real HTTP, as an admin's script would. */
public final class AdminClient {

  /** A response: status, raw body and the body as JSON (empty when it is not JSON). */
  public record Answer(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  public AdminClient(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
  }

  public AdminClient withToken(String otherToken) {
    return new AdminClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
  }

  public Answer putOrg(String orgId, String json) {
    return send(
        request("/api/admin/orgs/" + orgId)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }

  public Answer createOrg(String orgId) {
    return putOrg(orgId, "{\"name\":\"Org " + orgId + "\"}");
  }

  public Answer postCsv(String path, byte[] csv) {
    return postCsv(path, csv, "text/csv");
  }

  public Answer postCsv(String path, byte[] csv, String contentType) {
    return send(
        request(path).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(csv)));
  }

  public Answer postCsv(String path, String csv) {
    return postCsv(path, csv.getBytes(StandardCharsets.UTF_8));
  }

  public Answer putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }

  public Answer postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  /** A POST with no body, as for commands such as "send a prompt now". */
  public Answer post(String path) {
    return send(request(path).POST(BodyPublishers.noBody()));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** A GET that asks for this media type ({@code text/csv}, say). */
  public Answer get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = http.send(builder.build(), BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return base;
  }
}

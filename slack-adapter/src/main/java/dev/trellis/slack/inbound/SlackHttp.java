package dev.trellis.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.List;
import java.util.Map;

/**
 * Runs one HTTP request from Slack through the Bolt app, from the raw body as received: Bolt checks
 * its signature and age (401 when forged or older than five minutes) and routes it. Free of any web
 * framework, so any controller can call it.
 */
public final class SlackHttp {

  private final App app;
  private final SlackRequestParser parser;

  public SlackHttp(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  /** What to answer Slack. */
  public record Reply(
      int status, String contentType, Map<String, List<String>> headers, String body) {}

  public Reply handle(
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      String remoteAddress)
      throws Exception {
    Request<?> request =
        parser.parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress(remoteAddress)
                .build());
    if (request == null) {
      return new Reply(400, "text/plain", Map.of(), "Not a request from Slack");
    }
    Response response = app.run(request);
    return new Reply(
        response.getStatusCode(),
        response.getContentType(),
        response.getHeaders() == null ? Map.of() : response.getHeaders(),
        response.getBody() == null ? "" : response.getBody());
  }
}

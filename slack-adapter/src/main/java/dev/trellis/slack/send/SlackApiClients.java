package dev.trellis.slack.send;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.util.ArrayList;

/** Builds the Web API client Trellis sends with. */
public final class SlackApiClients {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  private static final int CALL_TIMEOUT_MILLIS = 20_000;

  private SlackApiClients() {}

  /**
   * A client for Slack's Web API at {@code apiUrl} (blank means Slack's own, {@value
   * #DEFAULT_API_URL}); tests and proxies point it elsewhere. The token goes with each request.
   */
  public static MethodsClient methodsClient(String apiUrl) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(withTrailingSlash(apiUrl));
    // The SDK's default listeners log request bodies at DEBUG, which would put what people wrote
    // into the logs.
    config.setHttpClientResponseHandlers(new ArrayList<>());
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
    OnceParsedMethodsClient client =
        new OnceParsedMethodsClient(Slack.getInstance(config).getHttpClient());
    client.setEndpointUrlPrefix(config.getMethodsEndpointUrlPrefix());
    return client;
  }

  private static String withTrailingSlash(String apiUrl) {
    if (apiUrl == null || apiUrl.isBlank()) {
      return DEFAULT_API_URL;
    }
    String url = apiUrl.strip();
    return url.endsWith("/") ? url : url + "/";
  }
}

package dev.trellis.slack.send;

import com.google.gson.Gson;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The SDK's Web API client with one JSON parser for all its answers. The SDK builds a new Gson for
 * every answer, and with it, by reflection, the type adapters of every class the answer can hold: a
 * {@code chat.postMessage} answer carries a whole message model, and building those adapters took
 * about half of a sending instance's CPU at 200 messages a second.
 *
 * <p>Only form calls with a token are parsed here (every method Trellis calls); the answer is what
 * the SDK would give: the parsed response with its HTTP headers (lower-cased names, as the SDK
 * gives them), or a {@link SlackApiException} for a non-2xx status. Stats are off in Trellis's
 * config, so the SDK's per-call metrics have nothing to count.
 */
final class OnceParsedMethodsClient extends MethodsClientImpl {

  private final SlackHttpClient http;
  private final Gson gson;

  OnceParsedMethodsClient(SlackHttpClient http) {
    super(http);
    this.http = http;
    this.gson = GsonFactory.createSnakeCase(http.getConfig());
  }

  @Override
  protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(
      FormBody.Builder form, String endpoint, String token, Class<T> type)
      throws IOException, SlackApiException {
    try (Response response = runPostFormWithToken(form, endpoint, token)) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw new SlackApiException(http.getConfig(), response, text);
      }
      T parsed = gson.fromJson(text, type);
      if (parsed == null) {
        throw new SlackApiException(http.getConfig(), response, text);
      }
      parsed.setHttpResponseHeaders(lowerCased(response.headers()));
      return parsed;
    }
  }

  private static Map<String, List<String>> lowerCased(Headers headers) {
    Map<String, List<String>> map = new HashMap<>();
    for (String name : headers.names()) {
      map.put(name.toLowerCase(Locale.ROOT), headers.values(name));
    }
    return map;
  }
}

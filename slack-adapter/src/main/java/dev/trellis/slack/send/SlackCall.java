package dev.trellis.slack.send;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/** One Web API call, made with the org's bot token. */
@FunctionalInterface
public interface SlackCall<T> {
  T call(MethodsClient client, String botToken) throws IOException, SlackApiException;
}

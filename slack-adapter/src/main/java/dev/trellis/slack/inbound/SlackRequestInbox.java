package dev.trellis.slack.inbound;

import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.message.Platform;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores a Slack request in the inbox, under the key a retry of it repeats. */
final class SlackRequestInbox {

  private static final Logger log = LoggerFactory.getLogger(SlackRequestInbox.class);

  private final HandlingInbound inbound;
  private final Clock clock;

  SlackRequestInbox(HandlingInbound inbound, Clock clock) {
    this.inbound = inbound;
    this.clock = clock;
  }

  void store(String key, StoredSlackRequest request) {
    boolean fresh =
        inbound.receive(
            InboundRequest.fresh(
                key,
                Platform.SLACK,
                request.kind(),
                StoredSlackRequest.toJson(request),
                clock.instant()));
    if (!fresh) {
      log.info("Slack sent {} again; it was handled already", key);
    }
  }
}

package dev.trellis.core.inbox;

import dev.trellis.core.message.Platform;

/** What an adapter does with a stored request of its platform, after it was acknowledged. */
public interface InboundHandler {

  Platform platform();

  /** Handles the request; throwing means it is tried again later. */
  void handle(InboundRequest request) throws Exception;
}

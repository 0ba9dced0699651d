package dev.trellis.core.inbox;

import dev.trellis.core.message.Platform;

/** What an adapter does with a stored request of its platform, after it was acknowledged. */
public interface InboundHandler {

  Platform platform();

  /**
   * Handles the request; throwing means it is tried again later. Work that must not be repeated
   * (running a command) is recorded with {@link Inbox#workDone} before anything that may fail after
   * it (delivering the answer): the request is then tried again with its {@link
   * InboundRequest#answer()}, which is all that is left to deliver.
   */
  void handle(InboundRequest request) throws Exception;
}

package dev.trellis.core.message;

/**
 * What an adapter does for the engine on its platform. Implementations translate and call the
 * platform; they never decide what to say.
 */
public interface ChatPlatform {

  Platform platform();

  /** Sends a message to a person, in their direct conversation with the bot. */
  Delivery deliver(Recipient recipient, OutboundMessage message);

  /** Replaces a message sent before, for example to remove buttons once one was pressed. */
  Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message);

  /**
   * Opens a form for a person. {@code trigger} is the platform's handle of the interaction that
   * asked for it (Slack needs one to open a modal); an adapter that cannot open a form sends the
   * inputs as a message instead.
   */
  Delivery openForm(Recipient recipient, Form form, String trigger);
}

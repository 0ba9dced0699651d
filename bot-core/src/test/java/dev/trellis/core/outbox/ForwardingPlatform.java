package dev.trellis.core.outbox;

import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;

/** A platform that passes everything on, for a test to change one call. */
class ForwardingPlatform implements ChatPlatform {

  private final ChatPlatform inner;

  ForwardingPlatform(ChatPlatform inner) {
    this.inner = inner;
  }

  @Override
  public Platform platform() {
    return inner.platform();
  }

  @Override
  public Delivery deliver(Recipient recipient, OutboundMessage message) {
    return inner.deliver(recipient, message);
  }

  @Override
  public Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message) {
    return inner.update(recipient, ref, message);
  }

  @Override
  public Delivery openForm(Recipient recipient, Form form, String trigger) {
    return inner.openForm(recipient, form, trigger);
  }
}

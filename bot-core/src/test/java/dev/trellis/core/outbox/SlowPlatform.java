package dev.trellis.core.outbox;

import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform that takes a while to answer, as a real one over the network does, and counts how many
 * deliveries it was asked for at once.
 */
final class SlowPlatform implements ChatPlatform {

  private final Platform platform;
  private final Duration latency;
  private final AtomicInteger now = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();
  private final List<String> received = new CopyOnWriteArrayList<>();

  SlowPlatform(Platform platform, Duration latency) {
    this.platform = platform;
    this.latency = latency;
  }

  int mostAtOnce() {
    return most.get();
  }

  /** "person: text" of each delivery, in the order they ended. */
  List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public Delivery deliver(Recipient recipient, OutboundMessage message) {
    most.accumulateAndGet(now.incrementAndGet(), Math::max);
    try {
      Thread.sleep(latency.toMillis());
      received.add(recipient.personId().value() + ": " + message.text());
      return new Delivery.Delivered(new MessageRef(platform, "m" + received.size()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.RetryLater.transientFailure("interrupted");
    } finally {
      now.decrementAndGet();
    }
  }

  @Override
  public Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message) {
    return new Delivery.Delivered(ref);
  }

  @Override
  public Delivery openForm(Recipient recipient, Form form, String trigger) {
    return new Delivery.Delivered(new MessageRef(platform, "form"));
  }
}

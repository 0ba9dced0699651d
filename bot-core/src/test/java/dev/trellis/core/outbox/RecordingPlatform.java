package dev.trellis.core.outbox;

import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A chat platform that records what it is asked to deliver. Scripted answers are given in order
 * before it goes back to delivering everything.
 */
public final class RecordingPlatform implements ChatPlatform {

  /** One delivery the platform accepted. */
  public record Received(Recipient recipient, OutboundMessage message) {}

  private final Platform platform;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Function<Recipient, Delivery>> script = new ArrayDeque<>();
  private final AtomicLong ids = new AtomicLong();

  public RecordingPlatform(Platform platform) {
    this.platform = platform;
  }

  public RecordingPlatform thenAnswer(Function<Recipient, Delivery> answer) {
    synchronized (script) {
      script.add(answer);
    }
    return this;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public Delivery deliver(Recipient recipient, OutboundMessage message) {
    Function<Recipient, Delivery> next;
    synchronized (script) {
      next = script.poll();
    }
    if (next != null) {
      Delivery scripted = next.apply(recipient);
      if (!(scripted instanceof Delivery.Delivered)) {
        return scripted;
      }
    }
    received.add(new Received(recipient, message));
    return new Delivery.Delivered(new MessageRef(platform, "m" + ids.incrementAndGet()));
  }

  @Override
  public Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message) {
    return new Delivery.Delivered(ref);
  }

  @Override
  public Delivery openForm(Recipient recipient, Form form, String trigger) {
    return new Delivery.Delivered(new MessageRef(platform, "form" + ids.incrementAndGet()));
  }
}

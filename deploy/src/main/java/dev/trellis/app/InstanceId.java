package dev.trellis.app;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Names this running instance as the owner of the leases it takes in MongoDB (outbox messages, due
 * steps): the JVM's pid@host and a random suffix, unique even across restarts.
 */
record InstanceId(String value) {

  static InstanceId create() {
    return new InstanceId(
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8));
  }
}

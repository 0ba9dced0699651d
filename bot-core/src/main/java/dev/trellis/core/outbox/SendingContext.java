package dev.trellis.core.outbox;

import dev.trellis.core.message.Platform;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every org's sender of one instance shares: the stores, the settings, the platforms this
 * instance is connected to, a permit per platform for each message on its way (so one platform's
 * slow answers cannot take every thread) and the threads that send.
 */
record SendingContext(
    Outbox outbox,
    OrgSendingLeases leases,
    String owner,
    OutboxSettings settings,
    Clock clock,
    SendingAttempt attempt,
    AddressesInOrder addresses,
    UnreachableRecipients unreachable,
    Set<Platform> connected,
    Map<Platform, Semaphore> permits,
    Executor deliveries,
    AtomicBoolean stopping,
    OutboxMeters meters) {}

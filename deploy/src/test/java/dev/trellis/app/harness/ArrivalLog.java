package dev.trellis.app.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the stand-ins saw: every request that counts against a limit ({@link Attempt}: accepted or
 * answered 429 by the limit), every message accepted with its marker, the 429s sent per org, the
 * faults injected, and how many requests are being answered right now.
 */
final class ArrivalLog {

  /** A message the platform took: {@code marker} names its outbox entry. */
  record Arrival(long atNanos, String platform, String org, String marker) {}

  /** A request for a limited method; {@code accepted} false when the limit answered 429. */
  record Attempt(long atNanos, String org, boolean accepted) {}

  private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
  private final Set<String> distinct = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> throttled = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();

  void accepted(String platform, String org, String marker) {
    long now = System.nanoTime();
    arrivals.add(new Arrival(now, platform, org, marker));
    attempts.add(new Attempt(now, org, true));
    distinct.add(marker);
  }

  void limited(String org) {
    attempts.add(new Attempt(System.nanoTime(), org, false));
    throttled.computeIfAbsent(org, o -> new AtomicInteger()).incrementAndGet();
  }

  void injected(String fault) {
    faults.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
  }

  void started() {
    inFlight.incrementAndGet();
  }

  void finished() {
    inFlight.decrementAndGet();
  }

  /** Requests that arrived and are not answered yet. */
  int inFlight() {
    return inFlight.get();
  }

  /** Distinct markers accepted so far. */
  int distinctDelivered() {
    return distinct.size();
  }

  /** The distinct markers accepted so far. */
  Set<String> deliveredMarkers() {
    return Set.copyOf(distinct);
  }

  List<Arrival> arrivals() {
    return new ArrayList<>(arrivals);
  }

  List<Attempt> attempts() {
    return new ArrayList<>(attempts);
  }

  /** 429s the limits sent, by org (injected faults not counted). */
  Map<String, Integer> throttledByOrg() {
    Map<String, Integer> copy = new java.util.TreeMap<>();
    throttled.forEach((org, n) -> copy.put(org, n.get()));
    return copy;
  }

  Map<String, Integer> faultsInjected() {
    Map<String, Integer> copy = new java.util.TreeMap<>();
    faults.forEach((fault, n) -> copy.put(fault, n.get()));
    return copy;
  }
}

package dev.trellis.app.harness;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark each harness prompt carries in its text, {@code [hx <org id> <number>]}, so the stand-in
 * that takes it can tell which outbox entry it was; the outbox key is {@code <org id>/hx/<number>}.
 */
final class Markers {

  private static final Pattern MARK = Pattern.compile("\\[hx ([a-z0-9-]+) (\\d+)\\]");

  private Markers() {}

  static String of(String orgId, int number) {
    return orgId + " " + number;
  }

  static String text(String orgId, int number) {
    return "Harness prompt [hx " + of(orgId, number) + "]: what did you learn this week?";
  }

  /** The outbox key of the entry a mark (as {@link #of} writes it) was sent for. */
  static String outboxKey(String mark) {
    int space = mark.indexOf(' ');
    return mark.substring(0, space) + "/hx/" + mark.substring(space + 1);
  }

  /** The first mark in a request body, as {@link #of} writes it. */
  static Optional<String> find(String body) {
    Matcher m = MARK.matcher(body);
    return m.find() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
  }
}

package dev.trellis.app.benchmark;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Sums the driver's round trips by phase, command, collection and filter shape (values left out, an
 * {@code $in} shown with its length): which queries a phase sends, how often, and how long the
 * server took to answer them. Wall times on a busy machine vary; these counts do not.
 */
final class CommandCosts implements CommandListener {

  private static final Set<String> SKIPPED = Set.of("hello", "ismaster", "endSessions", "ping");

  private final Map<Integer, String> started = new ConcurrentHashMap<>();
  private final Map<String, Cost> costs = new ConcurrentHashMap<>();
  private volatile String phase = "setup";

  void phase(String name) {
    phase = name;
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    if (!SKIPPED.contains(event.getCommandName())) {
      started.put(event.getRequestId(), phase + " " + shape(event));
    }
  }

  @Override
  public void commandSucceeded(CommandSucceededEvent event) {
    record(event.getRequestId(), event.getElapsedTime(TimeUnit.NANOSECONDS));
  }

  @Override
  public void commandFailed(CommandFailedEvent event) {
    record(event.getRequestId(), event.getElapsedTime(TimeUnit.NANOSECONDS));
  }

  private void record(int requestId, long nanos) {
    String key = started.remove(requestId);
    if (key != null) {
      Cost cost = costs.computeIfAbsent(key, k -> new Cost());
      cost.count.increment();
      cost.nanos.add(nanos);
    }
  }

  /** The phases' round trips, most expensive first; {@code phases} picks the ones to show. */
  String summary(List<String> phases) {
    StringBuilder out = new StringBuilder("  round trips (count, server time, shape):\n");
    for (String phase : phases) {
      long count = 0;
      long nanos = 0;
      for (Map.Entry<String, Cost> e : costs.entrySet()) {
        if (e.getKey().startsWith(phase + " ")) {
          count += e.getValue().count.sum();
          nanos += e.getValue().nanos.sum();
        }
      }
      out.append(String.format("    %s: %d round trips, %.0f ms%n", phase, count, nanos / 1e6));
      costs.entrySet().stream()
          .filter(e -> e.getKey().startsWith(phase + " "))
          .sorted(
              Comparator.comparingLong((Map.Entry<String, Cost> e) -> -e.getValue().nanos.sum()))
          .limit(12)
          .forEach(
              e ->
                  out.append(
                      String.format(
                          "      %5d× %7.1f ms  %s%n",
                          e.getValue().count.sum(),
                          e.getValue().nanos.sum() / 1e6,
                          e.getKey().substring(phase.length() + 1))));
    }
    return out.toString();
  }

  private static String shape(CommandStartedEvent event) {
    String name = event.getCommandName();
    BsonDocument command = event.getCommand();
    String collection =
        name.equals("getMore")
            ? command.getString("collection").getValue()
            : command.get(name).isString() ? command.getString(name).getValue() : "";
    String what =
        switch (name) {
          case "find" -> shape(command.get("filter")) + limit(command);
          case "findAndModify" -> shape(command.get("query"));
          case "update" -> statements(command, "updates", "q");
          case "delete" -> statements(command, "deletes", "q");
          case "insert" -> count(command.get("documents"));
          default -> "";
        };
    return name + " " + collection + " " + what;
  }

  private static String limit(BsonDocument command) {
    return command.containsKey("limit") ? " limit" : "";
  }

  private static String statements(BsonDocument command, String field, String filter) {
    BsonArray all = command.getArray(field, new BsonArray());
    if (all.isEmpty()) {
      return "";
    }
    BsonDocument first = all.get(0).asDocument();
    String multi = first.getBoolean("multi", org.bson.BsonBoolean.FALSE).getValue() ? " multi" : "";
    return shape(first.get(filter)) + multi + " ×" + all.size();
  }

  private static String count(BsonValue documents) {
    return documents != null && documents.isArray() ? "×" + documents.asArray().size() : "";
  }

  private static String shape(BsonValue value) {
    if (value == null) {
      return "{}";
    }
    if (value.isDocument()) {
      StringBuilder out = new StringBuilder("{");
      value
          .asDocument()
          .forEach(
              (key, inner) -> {
                if (out.length() > 1) {
                  out.append(", ");
                }
                out.append(key);
                if (inner.isDocument() || inner.isArray()) {
                  out.append(':').append(shape(inner));
                }
              });
      return out.append('}').toString();
    }
    if (value.isArray()) {
      BsonArray array = value.asArray();
      boolean nested = !array.isEmpty() && array.get(0).isDocument();
      return nested
          ? "[" + shape(array.get(0)) + (array.size() > 1 ? ",…" : "") + "]"
          : "[" + array.size() + "]";
    }
    return "?";
  }

  private static final class Cost {
    final LongAdder count = new LongAdder();
    final LongAdder nanos = new LongAdder();
  }
}

package dev.trellis.core.oneonone;

import java.util.EnumMap;
import java.util.Map;

/** How many presses of each outcome were recorded (every outcome is present, maybe with 0). */
public record OutcomeCounts(Map<Outcome, Integer> byOutcome) {

  public OutcomeCounts {
    Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      int count = byOutcome.getOrDefault(outcome, 0);
      if (count < 0) {
        throw new IllegalArgumentException("A count cannot be negative: " + outcome + "=" + count);
      }
      all.put(outcome, count);
    }
    byOutcome = Map.copyOf(all);
  }

  public int of(Outcome outcome) {
    return byOutcome.get(outcome);
  }

  public int total() {
    return byOutcome.values().stream().mapToInt(Integer::intValue).sum();
  }
}

package dev.trellis.core.directory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the cycles in a graph where each node has at most one successor (person to manager). */
final class CycleFinder<T> {

  private enum State {
    ON_PATH,
    DONE
  }

  private final Map<T, T> next;

  CycleFinder(Map<T, T> next) {
    this.next = next;
  }

  /** Each cycle once, as its members in order. */
  List<List<T>> cycles() {
    Map<T, State> state = new HashMap<>();
    List<List<T>> cycles = new ArrayList<>();
    for (T start : next.keySet()) {
      LinkedHashMap<T, Integer> path = new LinkedHashMap<>();
      T node = start;
      while (node != null && !state.containsKey(node)) {
        state.put(node, State.ON_PATH);
        path.put(node, path.size());
        node = next.get(node);
      }
      if (node != null && state.get(node) == State.ON_PATH) {
        List<T> members = new ArrayList<>(path.keySet());
        cycles.add(List.copyOf(members.subList(path.get(node), members.size())));
      }
      path.keySet().forEach(n -> state.put(n, State.DONE));
    }
    return cycles;
  }
}

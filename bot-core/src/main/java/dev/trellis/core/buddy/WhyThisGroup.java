package dev.trellis.core.buddy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why a group was chosen, so a round can be explained: whether its members are all from different
 * departments and have different managers, and when any two of them last met ({@code
 * lastMetRoundsAgo}, empty when none of them had been grouped before). A meeting within the
 * no-repeat window means no fresh grouping was found for them.
 *
 * @param departments the members' departments as known (people without one are not listed)
 */
public record WhyThisGroup(
    boolean acrossDepartments,
    boolean acrossManagers,
    List<String> departments,
    OptionalInt lastMetRoundsAgo,
    int noRepeatWindow) {

  public WhyThisGroup {
    departments = List.copyOf(departments);
    Objects.requireNonNull(lastMetRoundsAgo, "lastMetRoundsAgo");
  }

  /** Two of the members were grouped within the no-repeat window: a repeat nothing else avoided. */
  public boolean repeatWithinWindow() {
    return lastMetRoundsAgo.isPresent() && lastMetRoundsAgo.getAsInt() <= noRepeatWindow;
  }

  /** For example "different departments (Design, Sales); different managers; never met". */
  public String summary() {
    List<String> parts = new ArrayList<>();
    if (acrossDepartments) {
      parts.add(
          departments.isEmpty()
              ? "no shared department"
              : "different departments (" + String.join(", ", departments) + ")");
    } else {
      parts.add(
          "shares a department ("
              + String.join(", ", departments.stream().distinct().toList())
              + "): no group across departments was left");
    }
    parts.add(acrossManagers ? "different managers" : "shares a manager");
    if (lastMetRoundsAgo.isEmpty()) {
      parts.add("never met in a round");
    } else if (repeatWithinWindow()) {
      parts.add(
          "met "
              + roundsAgo()
              + " ago, within the "
              + noRepeatWindow
              + "-round no-repeat window: no fresh group was found, so the one met longest ago");
    } else {
      parts.add(
          "met " + roundsAgo() + " ago, outside the " + noRepeatWindow + "-round no-repeat window");
    }
    return String.join("; ", parts);
  }

  private String roundsAgo() {
    int n = lastMetRoundsAgo.getAsInt();
    return n == 1 ? "last round" : n + " rounds";
  }
}

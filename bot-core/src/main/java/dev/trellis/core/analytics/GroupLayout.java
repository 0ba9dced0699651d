package dev.trellis.core.analytics;

import dev.trellis.core.privacy.SmallCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which groups of a breakdown HR sees (k-anonymity over the groups' people):
 *
 * <ol>
 *   <li>a group of fewer than K people is merged into {@value #OTHER};
 *   <li>a group still under K ({@value #OTHER}, or the only group) is suppressed;
 *   <li>when that suppresses exactly one group, the next smallest is suppressed too, so that no
 *       total (the org's, another breakdown's) reveals it ({@link SmallCounts#withComplement}).
 * </ol>
 */
public final class GroupLayout {

  public static final String OTHER = "other";

  /** One group as shown: its people, and whether its figures are withheld. */
  public record Shown(String key, int people, boolean suppressed) {}

  private final Map<String, String> placeOf;
  private final List<Shown> groups;

  private GroupLayout(Map<String, String> placeOf, List<Shown> groups) {
    this.placeOf = placeOf;
    this.groups = groups;
  }

  /**
   * @param sizes each group's people
   * @param minGroupSize K
   */
  public static GroupLayout of(Map<String, Integer> sizes, int minGroupSize) {
    Map<String, String> placeOf = new LinkedHashMap<>();
    Map<String, Integer> placed = new LinkedHashMap<>();
    boolean breakdown = sizes.size() > 1;
    sizes.forEach(
        (key, people) -> {
          String place = breakdown && people < minGroupSize ? OTHER : key;
          placeOf.put(key, place);
          placed.merge(place, people, Integer::sum);
        });
    List<String> under = new ArrayList<>();
    placed.forEach(
        (place, people) -> {
          if (people < minGroupSize) {
            under.add(place);
          }
        });
    List<String> suppressed = SmallCounts.withComplement(under, placed);
    List<Shown> groups = new ArrayList<>();
    placed.forEach(
        (place, people) -> groups.add(new Shown(place, people, suppressed.contains(place))));
    return new GroupLayout(placeOf, groups);
  }

  /** Where a group's people are counted: the group itself or {@value #OTHER}. */
  public Optional<String> placeOf(String group) {
    return Optional.ofNullable(placeOf.get(group));
  }

  /** The shown groups, {@value #OTHER} after the others. */
  public List<Shown> groups() {
    List<Shown> ordered = new ArrayList<>(groups);
    ordered.sort((a, b) -> Boolean.compare(a.key().equals(OTHER), b.key().equals(OTHER)));
    return ordered;
  }
}

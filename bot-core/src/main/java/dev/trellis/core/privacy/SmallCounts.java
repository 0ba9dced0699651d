package dev.trellis.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts an admin may see of a set of people split into cells (met, skipped, not met; or the
 * reasons people were left out): aggregates over groups of at least {@value #MIN_PEOPLE} people, so
 * that no count can be traced back to a person.
 *
 * <ul>
 *   <li>Fewer than {@value #MIN_PEOPLE} people in all: every cell is hidden.
 *   <li>Everyone in one cell: every cell is hidden, since that count would say of each person which
 *       cell they are in.
 *   <li>A cell that stands for 1 to 4 people is hidden; when that hides only one cell, the next
 *       smallest that is not zero is hidden too, so the hidden one cannot be worked out from the
 *       total.
 * </ul>
 *
 * Zero is shown: it names nobody.
 */
public final class SmallCounts {

  public static final int MIN_PEOPLE = 5;

  private SmallCounts() {}

  /**
   * One cell: its count, and the least number of people it can stand for (the count itself when it
   * counts people; more when it counts groups of people).
   */
  public record Cell(int count, int people) {

    public Cell {
      if (count < 0 || people < count) {
        throw new IllegalArgumentException(
            "A cell counts 0 or more, standing for at least as many people: "
                + count
                + "/"
                + people);
      }
    }

    public static Cell ofPeople(int count) {
      return new Cell(count, count);
    }
  }

  /**
   * The cells in their order, each with its count or empty where it is hidden.
   *
   * @param population how many people the cells split between
   */
  public static <K> Map<K, Optional<Integer>> shown(int population, Map<K, Cell> cells) {
    Map<K, Optional<Integer>> shown = new LinkedHashMap<>();
    boolean hideAll =
        population < MIN_PEOPLE || cells.values().stream().filter(c -> c.count() > 0).count() == 1;
    List<K> hidden = new ArrayList<>();
    cells.forEach(
        (key, cell) -> {
          boolean small = cell.count() > 0 && cell.people() < MIN_PEOPLE;
          if (hideAll || small) {
            hidden.add(key);
          }
          shown.put(key, Optional.of(cell.count()));
        });
    Map<K, Integer> sizes = new LinkedHashMap<>();
    cells.forEach((key, cell) -> sizes.put(key, cell.count() > 0 ? cell.people() : 0));
    withComplement(hidden, sizes).forEach(key -> shown.put(key, Optional.empty()));
    return shown;
  }

  /**
   * Complementary suppression: when only one of the parts of a whole is hidden, the next smallest
   * part that is not empty is hidden too, so the hidden one cannot be worked out by taking the
   * shown ones from the total.
   *
   * @param sizes each part's size (the people it stands for; 0 for an empty part)
   * @return the hidden parts, with the complement when one is added
   */
  public static <K> List<K> withComplement(List<K> hidden, Map<K, Integer> sizes) {
    List<K> all = new ArrayList<>(hidden);
    if (all.size() == 1) {
      sizes.entrySet().stream()
          .filter(e -> !all.contains(e.getKey()) && e.getValue() > 0)
          .min(Comparator.comparingInt(Map.Entry::getValue))
          .ifPresent(e -> all.add(e.getKey()));
    }
    return all;
  }
}

package dev.trellis.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.privacy.SmallCounts.Cell;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

  @Test
  void cellsOfFivePeopleOrMoreAreShownAndZeroToo() {
    var shown = SmallCounts.shown(17, cells(12, 5, 0));

    assertThat(shown).containsExactly(entry("a", 12), entry("b", 5), entry("c", 0));
  }

  @Test
  void aSmallCellIsHiddenWithTheNextSmallestSoTheTotalGivesNeitherAway() {
    var shown = SmallCounts.shown(22, cells(13, 3, 6));

    assertThat(shown).containsExactly(entry("a", 13), hidden("b"), hidden("c"));
  }

  @Test
  void theNextSmallestHiddenWithASmallCellIsNeverAZero() {
    var shown = SmallCounts.shown(12, cells(9, 3, 0));

    assertThat(shown).containsExactly(hidden("a"), hidden("b"), entry("c", 0));
  }

  @Test
  void twoSmallCellsAreEnoughToHideEachOther() {
    var shown = SmallCounts.shown(16, cells(10, 2, 4));

    assertThat(shown).containsExactly(entry("a", 10), hidden("b"), hidden("c"));
  }

  @Test
  void fewerThanFivePeopleInAllHideEverything() {
    var shown = SmallCounts.shown(4, cells(2, 2, 0));

    assertThat(shown).containsExactly(hidden("a"), hidden("b"), hidden("c"));
  }

  @Test
  void everyoneInOneCellHidesEverythingBecauseItWouldNameEachOfThem() {
    var shown = SmallCounts.shown(30, cells(0, 30, 0));

    assertThat(shown).containsExactly(hidden("a"), hidden("b"), hidden("c"));
  }

  @Test
  void aCellOfGroupsCountsThePeopleItStandsFor() {
    Map<String, Cell> groups = new LinkedHashMap<>();
    groups.put("met", new Cell(4, 8)); // four pairs
    groups.put("skipped", new Cell(2, 4)); // two pairs: 4 people
    groups.put("not met", new Cell(2, 6)); // two trios: 6 people, the next smallest

    var shown = SmallCounts.shown(18, groups);

    assertThat(shown).containsExactly(entry("met", 4), hidden("skipped"), hidden("not met"));
  }

  @Test
  void aCellCannotStandForFewerPeopleThanItCounts() {
    assertThatThrownBy(() -> new Cell(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, Cell> cells(int... counts) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      cells.put(String.valueOf((char) ('a' + i)), Cell.ofPeople(counts[i]));
    }
    return cells;
  }

  private static Map.Entry<String, Optional<Integer>> entry(String key, int count) {
    return Map.entry(key, Optional.of(count));
  }

  private static Map.Entry<String, Optional<Integer>> hidden(String key) {
    return Map.entry(key, Optional.empty());
  }
}

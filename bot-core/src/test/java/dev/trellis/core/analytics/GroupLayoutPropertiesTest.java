package dev.trellis.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.analytics.GroupLayout.Shown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the groups and K, no figure describes fewer than K people, directly or by subtraction.
 */
class GroupLayoutPropertiesTest {

  @Property
  void noShownGroupHasFewerThanKPeople(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 40) Integer> people,
      @ForAll @IntRange(min = 3, max = 25) int k) {
    for (Shown group : GroupLayout.of(sizes(people), k).groups()) {
      if (!group.suppressed()) {
        assertThat(group.people()).isGreaterThanOrEqualTo(k);
      }
    }
  }

  @Property
  void theOrgTotalLessTheShownGroupsNeverIsOneSuppressedGroup(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 1, max = 40) Integer> people,
      @ForAll @IntRange(min = 3, max = 25) int k) {
    List<Shown> groups = GroupLayout.of(sizes(people), k).groups();

    long suppressed = groups.stream().filter(Shown::suppressed).count();
    if (suppressed == 1) {
      // Then it is everyone, whom the org's own figure (under K too) does not show either.
      assertThat(groups).hasSize(1);
      assertThat(GroupLayout.of(Map.of("org", groups.get(0).people()), k).groups().get(0))
          .extracting(Shown::suppressed)
          .isEqualTo(true);
    }
  }

  @Property
  void everyoneIsCountedInExactlyOneShownGroup(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 40) Integer> people,
      @ForAll @IntRange(min = 3, max = 25) int k) {
    Map<String, Integer> sizes = sizes(people);
    GroupLayout layout = GroupLayout.of(sizes, k);

    int shownTotal = layout.groups().stream().mapToInt(Shown::people).sum();
    assertThat(shownTotal).isEqualTo(people.stream().mapToInt(Integer::intValue).sum());
    List<String> places = layout.groups().stream().map(Shown::key).toList();
    sizes.keySet().forEach(key -> assertThat(places).contains(layout.placeOf(key).orElseThrow()));
  }

  private static Map<String, Integer> sizes(List<Integer> people) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int i = 0; i < people.size(); i++) {
      sizes.put("group-" + i, people.get(i));
    }
    return sizes;
  }
}

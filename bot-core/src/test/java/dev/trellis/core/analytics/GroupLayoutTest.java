package dev.trellis.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.analytics.GroupLayout.Shown;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupLayoutTest {

  @Test
  void groupsOfKOrMoreAreShownAsTheyAre() {
    GroupLayout layout = GroupLayout.of(sizes("Engineering", 12, "Sales", 5), 5);

    assertThat(layout.groups())
        .containsExactly(new Shown("Engineering", 12, false), new Shown("Sales", 5, false));
  }

  @Test
  void smallGroupsAreMergedIntoOtherWhichIsShownWhenItReachesK() {
    GroupLayout layout =
        GroupLayout.of(sizes("Engineering", 12, "Design", 3, "Legal", 2, "Sales", 8), 5);

    assertThat(layout.groups())
        .containsExactly(
            new Shown("Engineering", 12, false),
            new Shown("Sales", 8, false),
            new Shown(GroupLayout.OTHER, 5, false));
    assertThat(layout.placeOf("Design")).contains(GroupLayout.OTHER);
    assertThat(layout.placeOf("Sales")).contains("Sales");
  }

  @Test
  void otherStillUnderKIsSuppressedWithTheNextSmallestGroupSoTheTotalGivesNeitherAway() {
    GroupLayout layout =
        GroupLayout.of(sizes("Engineering", 12, "Design", 3, "Sales", 8, "Support", 6), 5);

    assertThat(layout.groups())
        .containsExactly(
            new Shown("Engineering", 12, false),
            new Shown("Sales", 8, false),
            new Shown("Support", 6, true),
            new Shown(GroupLayout.OTHER, 3, true));
  }

  @Test
  void groupsAllUnderKMakeOneOtherShownWhenTogetherTheyReachK() {
    GroupLayout layout = GroupLayout.of(sizes("A", 4, "B", 9, "C", 6), 10);

    assertThat(layout.groups()).containsExactly(new Shown(GroupLayout.OTHER, 19, false));
  }

  @Test
  void groupsAllUnderKAndTogetherUnderKAreOneSuppressedOther() {
    GroupLayout layout = GroupLayout.of(sizes("A", 2, "B", 2), 5);

    assertThat(layout.groups()).containsExactly(new Shown(GroupLayout.OTHER, 4, true));
  }

  @Test
  void anOrgUnderKIsSuppressedWhole() {
    assertThat(GroupLayout.of(sizes("org", 4), 5).groups())
        .containsExactly(new Shown("org", 4, true));
    assertThat(GroupLayout.of(sizes("org", 5), 5).groups())
        .containsExactly(new Shown("org", 5, false));
  }

  @Test
  void kIsTheOrgsSettingNotAFixedFive() {
    GroupLayout layout = GroupLayout.of(sizes("A", 7, "B", 7, "C", 20), 8);

    assertThat(layout.groups())
        .containsExactly(new Shown("C", 20, false), new Shown(GroupLayout.OTHER, 14, false));
  }

  private static Map<String, Integer> sizes(Object... keysAndSizes) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int i = 0; i < keysAndSizes.length; i += 2) {
      sizes.put((String) keysAndSizes[i], (Integer) keysAndSizes[i + 1]);
    }
    return sizes;
  }
}

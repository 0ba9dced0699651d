package dev.trellis.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecipientTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final Recipient ANN = person("ann", "U0ANN");
  private static final Recipient BOB = person("bob", "U0BOB");
  private static final Recipient CAT = person("cat", "U0CAT");

  @Test
  void aPersonIsNotAGroupAndHasNoGroupAddresses() {
    assertThat(ANN.isGroup()).isFalse();
    assertThat(ANN.groupAddresses()).isEmpty();
    assertThat(ANN.address()).isEqualTo("U0ANN");
  }

  @Test
  void aGroupIsAddressedToItsMembersSortedAndStandsForItsFirstMember() {
    Recipient group = Recipient.group(List.of(CAT, ANN, BOB));

    assertThat(group.isGroup()).isTrue();
    assertThat(group.address()).isEqualTo("group:U0ANN,U0BOB,U0CAT");
    assertThat(group.groupAddresses()).containsExactly("U0ANN", "U0BOB", "U0CAT");
    assertThat(group.personId()).isEqualTo(new PersonId("ann"));
    assertThat(group.orgId()).isEqualTo(ACME);
    assertThat(group.platform()).isEqualTo(Platform.SLACK);
  }

  @Test
  void theSamePeopleInAnyOrderMakeTheSameRecipient() {
    Recipient expected = Recipient.group(List.of(ANN, BOB, CAT));

    for (List<Recipient> order : permutations(List.of(ANN, BOB, CAT))) {
      assertThat(Recipient.group(order)).isEqualTo(expected);
    }
  }

  @Test
  void aGroupSurvivesBeingReadBackFromItsParts() {
    Recipient group = Recipient.group(List.of(BOB, ANN));

    Recipient readBack =
        new Recipient(group.orgId(), group.personId(), group.platform(), group.address());

    assertThat(readBack).isEqualTo(group);
    assertThat(readBack.groupAddresses()).containsExactly("U0ANN", "U0BOB");
  }

  @Test
  void aGroupHasTwoToEightMembers() {
    List<Recipient> nine =
        IntStream.rangeClosed(1, 9).mapToObj(i -> person("p" + i, "U0" + i)).toList();

    assertThat(Recipient.group(nine.subList(0, 8)).groupAddresses()).hasSize(8);
    assertThatThrownBy(() -> Recipient.group(nine))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 to 8");
    assertThatThrownBy(() -> Recipient.group(List.of(ANN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recipient.group(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGroupNamesEachAddressOnce() {
    Recipient annAgain = person("ann-2", "U0ANN");

    assertThatThrownBy(() -> Recipient.group(List.of(ANN, BOB, annAgain)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("once");
  }

  @Test
  void aGroupIsOneOrgOnOnePlatform() {
    Recipient elsewhere =
        new Recipient(new OrgId("globex"), new PersonId("eve"), Platform.SLACK, "U0EVE");
    Recipient onTeams = new Recipient(ACME, new PersonId("tom"), Platform.TEAMS, "aad-tom");

    assertThatThrownBy(() -> Recipient.group(List.of(ANN, elsewhere)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recipient.group(List.of(ANN, onTeams)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGroupIsMadeOfPeopleNotGroups() {
    Recipient pair = Recipient.group(List.of(ANN, BOB));

    assertThatThrownBy(() -> Recipient.group(List.of(pair, CAT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMemberAddressThatWouldBreakTheGroupAddressIsRefused() {
    Recipient withComma = person("odd", "U0X,U0Y");

    assertThatThrownBy(() -> Recipient.group(List.of(ANN, withComma)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGroupAddressWrittenByHandMustBeTheOneGroupWouldMake() {
    PersonId ann = ANN.personId();

    assertThatThrownBy(() -> new Recipient(ACME, ann, Platform.SLACK, "group:U0BOB,U0ANN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted");
    assertThatThrownBy(() -> new Recipient(ACME, ann, Platform.SLACK, "group:U0ANN"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Recipient(ACME, ann, Platform.SLACK, "group:U0ANN,,U0BOB"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Recipient(ACME, ann, Platform.SLACK, "group:U0ANN,U0ANN"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Recipient person(String id, String address) {
    return new Recipient(ACME, new PersonId(id), Platform.SLACK, address);
  }

  private static List<List<Recipient>> permutations(List<Recipient> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Recipient>> all = new ArrayList<>();
    for (Recipient head : items) {
      List<Recipient> rest = new ArrayList<>(items);
      rest.remove(head);
      for (List<Recipient> tail : permutations(rest)) {
        List<Recipient> one = new ArrayList<>();
        one.add(head);
        one.addAll(tail);
        all.add(one);
      }
    }
    return all;
  }
}

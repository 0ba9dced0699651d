package dev.trellis.core.message;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.org.Org;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientsOrderTest {

  static final Set<Platform> BOTH = Set.of(Platform.SLACK, Platform.TEAMS);
  static final Optional<Org> ON_BOTH =
      Optional.of(new Org(ACME, "Acme", Optional.of("T0ACME"), Optional.of("tenant-acme")));
  static final Optional<Org> TEAMS_ONLY_ORG =
      Optional.of(new Org(ACME, "Acme", Optional.empty(), Optional.of("tenant-acme")));
  static final Optional<Org> SLACK_ONLY_ORG =
      Optional.of(new Org(ACME, "Acme", Optional.of("T0ACME"), Optional.empty()));
  static final Optional<Org> UNLINKED =
      Optional.of(new Org(ACME, "Acme", Optional.empty(), Optional.empty()));

  final Person both =
      aPerson().withSlackUserId("U0ANN0001").withTeamsAadObjectId("aad-ann").build();

  @Test
  void theChosenPlatformComesFirstWhateverWasLastUsed() {
    assertThat(
            platforms(
                Recipients.inOrder(
                    both,
                    Optional.of(Platform.TEAMS),
                    Optional.of(Platform.SLACK),
                    SLACK_ONLY_ORG,
                    BOTH)))
        .containsExactly(Platform.TEAMS, Platform.SLACK);
  }

  @Test
  void withoutAChoiceTheLastUsedPlatformComesFirst() {
    assertThat(
            platforms(
                Recipients.inOrder(
                    both, Optional.empty(), Optional.of(Platform.TEAMS), SLACK_ONLY_ORG, BOTH)))
        .containsExactly(Platform.TEAMS, Platform.SLACK);
  }

  @Test
  void withoutChoiceOrUseAnOrgOnOnePlatformDecides() {
    assertThat(
            platforms(
                Recipients.inOrder(both, Optional.empty(), Optional.empty(), TEAMS_ONLY_ORG, BOTH)))
        .containsExactly(Platform.TEAMS, Platform.SLACK);
    assertThat(
            platforms(
                Recipients.inOrder(
                    both,
                    Optional.empty(),
                    Optional.empty(),
                    SLACK_ONLY_ORG,
                    Set.of(Platform.TEAMS))))
        .containsExactly(Platform.SLACK, Platform.TEAMS);
  }

  @Test
  void anOrgOnBothOrNeitherFollowsTheOnePlatformThisServiceIsConnectedTo() {
    assertThat(
            platforms(
                Recipients.inOrder(
                    both, Optional.empty(), Optional.empty(), ON_BOTH, Set.of(Platform.TEAMS))))
        .containsExactly(Platform.TEAMS, Platform.SLACK);
    assertThat(
            platforms(
                Recipients.inOrder(
                    both, Optional.empty(), Optional.empty(), UNLINKED, Set.of(Platform.TEAMS))))
        .containsExactly(Platform.TEAMS, Platform.SLACK);
  }

  @Test
  void otherwiseSlackComesFirstThenTeams() {
    assertThat(
            platforms(Recipients.inOrder(both, Optional.empty(), Optional.empty(), ON_BOTH, BOTH)))
        .containsExactly(Platform.SLACK, Platform.TEAMS);
    assertThat(
            platforms(
                Recipients.inOrder(
                    both, Optional.empty(), Optional.empty(), Optional.empty(), Set.of())))
        .containsExactly(Platform.SLACK, Platform.TEAMS);
  }

  @Test
  void aPlatformThePersonHasNoIdOnIsLeftOutEvenWhenChosen() {
    Person teamsOnly = aPerson().withTeamsAadObjectId("aad-bob").build();

    List<Recipient> order =
        Recipients.inOrder(
            teamsOnly, Optional.of(Platform.SLACK), Optional.empty(), SLACK_ONLY_ORG, BOTH);

    assertThat(order)
        .containsExactly(new Recipient(ACME, teamsOnly.id(), Platform.TEAMS, "aad-bob"));
  }

  private static List<Platform> platforms(List<Recipient> order) {
    return order.stream().map(Recipient::platform).toList();
  }
}

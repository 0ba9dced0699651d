package dev.trellis.core.privacy;

import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.ReflectionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one rule for who besides its writer sees a shared item: Rita reported to Olga and now reports
 * to Nina, whose own manager is Sam; Pete is a peer.
 */
class SharedItemAccessTest {

  static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");

  final Person sam = aPerson().withName("Sam").build();
  final Person olga = aPerson().withName("Olga").withManager(sam).build();
  final Person nina = aPerson().withName("Nina").withManager(sam).build();
  final Person pete = aPerson().withName("Pete").withManager(nina).build();
  final Person rita = aPerson().withName("Rita").withManager(nina).build();

  @Test
  void theCurrentManagerSeesWhatWasSharedWithThem() {
    Reflection item = anAnswerOf(rita).sharedWith(nina.id(), NOW);

    assertThat(SharedItemAccess.isCurrentManager(nina, rita)).isTrue();
    assertThat(SharedItemAccess.maySee(nina, rita, item)).isTrue();
  }

  @Test
  void theCurrentManagerDoesNotSeeWhatWasSharedWithTheFormerManagerOnly() {
    Reflection item = anAnswerOf(rita).sharedWith(olga.id(), NOW);

    assertThat(SharedItemAccess.maySee(nina, rita, item)).isFalse();
  }

  @Test
  void aFormerManagerSeesNothingNotEvenWhatWasSharedWithThem() {
    Reflection item = anAnswerOf(rita).sharedWith(olga.id(), NOW);

    assertThat(SharedItemAccess.isCurrentManager(olga, rita)).isFalse();
    assertThat(SharedItemAccess.maySee(olga, rita, item)).isFalse();
  }

  @Test
  void aSkipLevelAPeerAndThePersonThemselvesAreNotTheirManager() {
    Reflection item = anAnswerOf(rita).sharedWith(nina.id(), NOW);

    for (Person viewer : List.of(sam, pete, rita)) {
      assertThat(SharedItemAccess.isCurrentManager(viewer, rita)).as(viewer.name()).isFalse();
      assertThat(SharedItemAccess.maySee(viewer, rita, item)).as(viewer.name()).isFalse();
    }
  }

  @Test
  void someoneOfAnotherOrgWithTheManagersIdSeesNothing() {
    Person ninaElsewhere = aPerson().withId(nina.id()).inOrg(GLOBEX).withName("Nina").build();
    Reflection item = anAnswerOf(rita).sharedWith(nina.id(), NOW);

    assertThat(SharedItemAccess.isCurrentManager(ninaElsewhere, rita)).isFalse();
    assertThat(SharedItemAccess.maySee(ninaElsewhere, rita, item)).isFalse();
  }

  @Test
  void anItemOfSomeoneElseIsNotSeenThroughTheirManagersOtherReport() {
    Reflection petes = anAnswerOf(pete).sharedWith(nina.id(), NOW);

    assertThat(SharedItemAccess.maySee(nina, rita, petes)).isFalse();
  }

  @Test
  void visibleToKeepsOnlyWhatTheViewerMaySeeInItsOrder() {
    Reflection first = anAnswerOf(rita, "first").sharedWith(nina.id(), NOW);
    Reflection toOlga = anAnswerOf(rita, "to Olga").sharedWith(olga.id(), NOW);
    Reflection mine = anAnswerOf(rita, "private");
    Reflection last =
        anAnswerOf(rita, "last").sharedWith(olga.id(), NOW).sharedWith(nina.id(), NOW);

    assertThat(SharedItemAccess.visibleTo(nina, rita, List.of(first, toOlga, mine, last)))
        .extracting(Reflection::answer)
        .containsExactly("first", "last");
    assertThat(SharedItemAccess.visibleTo(olga, rita, List.of(first, toOlga, mine, last)))
        .isEmpty();
  }

  private static Reflection anAnswerOf(Person owner) {
    return anAnswerOf(owner, "I want to lead the migration");
  }

  private static Reflection anAnswerOf(Person owner, String answer) {
    PromptId prompt = PromptId.random();
    return new Reflection(
        new ReflectionId(prompt.value()),
        owner.orgId(),
        owner.id(),
        prompt,
        PromptKind.REFLECTION,
        "Where do you want to grow?",
        answer,
        Optional.empty(),
        NOW.minusSeconds(60),
        Optional.empty(),
        List.of());
  }
}

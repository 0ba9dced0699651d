package dev.trellis.core.buddy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundOverviewTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final CohortId LAB = new CohortId("lab");
  private static final Instant STARTED = Instant.parse("2026-12-01T09:00:00Z");
  private static final Instant DONE = Instant.parse("2026-12-03T09:00:00Z");

  @Test
  void aRoundOfOnePairShowsItsGroupButNoOutcomeFigure() {
    BuddyRound round = round(pairs(1), List.of());
    List<Meetup> meetups = List.of(done(meetup(round, 0)));

    RoundOverview overview = RoundOverview.of(round, Optional.empty(), meetups);

    assertThat(overview.groups()).containsExactly(List.of(person(0), person(1)));
    assertThat(overview.figures().groups()).isEqualTo(1);
    assertThat(overview.figures().people()).isEqualTo(2);
    assertThat(overview.figures().met()).isEmpty();
    assertThat(overview.figures().skipped()).isEmpty();
    assertThat(overview.figures().notMet()).isEmpty();
    assertThat(overview.figures().answeredYes()).isEmpty();
  }

  @Test
  void aRoundWhereEveryGroupMetHidesTheCountsSinceTheyWouldNameEveryone() {
    BuddyRound round = round(pairs(6), List.of());
    List<Meetup> meetups = new ArrayList<>();
    for (int g = 0; g < 6; g++) {
      meetups.add(done(meetup(round, g)));
    }

    RoundOverview.Figures figures = RoundOverview.of(round, Optional.empty(), meetups).figures();

    assertThat(List.of(figures.met(), figures.skipped(), figures.notMet()))
        .containsOnly(Optional.empty());
  }

  @Test
  void aBiggerRoundShowsCountsOfFivePeopleOrMoreAndHidesTheSmallOnesWithTheNextSmallest() {
    BuddyRound round = round(pairs(10), List.of());
    List<Meetup> meetups = new ArrayList<>();
    for (int g = 0; g < 10; g++) {
      Meetup m = meetup(round, g);
      meetups.add(g < 6 ? done(m) : g < 7 ? skipped(m) : m);
    }

    RoundOverview.Figures figures = RoundOverview.of(round, Optional.empty(), meetups).figures();

    assertThat(figures.recorded()).isFalse();
    assertThat(figures.people()).isEqualTo(20);
    assertThat(figures.met()).contains(6);
    assertThat(figures.skipped()).isEmpty(); // one pair: 2 people
    assertThat(figures.notMet()).isEmpty(); // three pairs, the next smallest
  }

  @Test
  void recordedFiguresAreShownByTheSameRule() {
    BuddyRound round = round(pairs(10), List.of());
    RoundFigures recorded = new RoundFigures(10, 5, 1, 4, 12, 1, DONE);

    RoundOverview.Figures figures =
        RoundOverview.of(round, Optional.of(recorded), List.of()).figures();

    assertThat(figures.recorded()).isTrue();
    assertThat(figures.met()).contains(5);
    assertThat(figures.skipped()).isEmpty();
    assertThat(figures.notMet()).isEmpty(); // the next smallest, so 'skipped' cannot be worked out
    assertThat(figures.answeredYes()).contains(12);
    assertThat(figures.answeredNo()).isEmpty();
    assertThat(figures.unanswered()).isEmpty(); // 7 people, the next smallest
  }

  @Test
  void whoWasLeftOutIsCountedByReasonWithoutNames() {
    List<LeftOut> leftOut = new ArrayList<>();
    IntStream.range(100, 106).forEach(i -> leftOut.add(left(i, LeftOut.Reason.OPTED_OUT)));
    IntStream.range(106, 113).forEach(i -> leftOut.add(left(i, LeftOut.Reason.UNREACHABLE)));
    leftOut.add(left(113, LeftOut.Reason.PAUSED));
    BuddyRound round = round(pairs(3), leftOut);

    RoundOverview.LeftOutCounts counts =
        RoundOverview.of(round, Optional.empty(), List.of()).leftOut();

    assertThat(counts.total()).isEqualTo(14);
    assertThat(counts.byReason())
        .containsEntry(LeftOut.Reason.OPTED_OUT, Optional.empty()) // the next smallest
        .containsEntry(LeftOut.Reason.UNREACHABLE, Optional.of(7))
        .containsEntry(LeftOut.Reason.PAUSED, Optional.empty())
        .containsEntry(LeftOut.Reason.GUEST, Optional.of(0));
  }

  @Test
  void fewLeftOutAreATotalOnly() {
    BuddyRound round =
        round(pairs(3), List.of(left(100, LeftOut.Reason.PAUSED), left(101, LeftOut.Reason.GUEST)));

    Map<LeftOut.Reason, Optional<Integer>> byReason =
        RoundOverview.of(round, Optional.empty(), List.of()).leftOut().byReason();

    assertThat(byReason.values()).containsOnly(Optional.empty());
  }

  private static List<BuddyRound.Group> pairs(int n) {
    List<BuddyRound.Group> groups = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      groups.add(new BuddyRound.Group(List.of(person(2 * g), person(2 * g + 1)), false));
    }
    return groups;
  }

  private static BuddyRound round(List<BuddyRound.Group> groups, List<LeftOut> leftOut) {
    return new BuddyRound(ACME, LAB, 1, groups, leftOut, STARTED);
  }

  private static Meetup meetup(BuddyRound round, int group) {
    return Meetup.fresh(
        new MeetupId(ACME, LAB, round.number(), group), round.groups().get(group).members());
  }

  private static Meetup done(Meetup m) {
    return new Meetup(
        m.id(),
        m.members(),
        List.of(
            new Meetup.MemberState(Optional.of(DONE), false, Optional.empty(), false),
            Meetup.MemberState.NONE),
        List.of());
  }

  private static Meetup skipped(Meetup m) {
    Meetup.MemberState skip =
        new Meetup.MemberState(Optional.empty(), true, Optional.empty(), false);
    return new Meetup(m.id(), m.members(), List.of(skip, skip), List.of());
  }

  private static LeftOut left(int i, LeftOut.Reason reason) {
    return new LeftOut(person(i), reason, "because");
  }

  private static PersonId person(int i) {
    return new PersonId("p" + i);
  }
}

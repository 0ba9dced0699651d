package dev.trellis.core.buddy;

import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Reads a round for an admin: its {@link RoundOverview}, never an outcome next to a name. */
public final class ShowingBuddyRound {

  private final BuddyRounds rounds;
  private final Meetups meetups;

  public ShowingBuddyRound(BuddyRounds rounds, Meetups meetups) {
    this.rounds = rounds;
    this.meetups = meetups;
  }

  public Optional<RoundOverview> show(OrgId orgId, CohortId cohortId, int number) {
    return rounds.find(orgId, cohortId, number).map(this::overview);
  }

  public RoundOverview overview(BuddyRound round) {
    Optional<RoundFigures> recorded =
        rounds.summaries(round.orgId(), round.cohortId()).stream()
            .filter(s -> s.number() == round.number())
            .findFirst()
            .flatMap(BuddyRounds.Summary::figures);
    List<MeetupId> ids =
        IntStream.range(0, round.groups().size())
            .mapToObj(g -> new MeetupId(round.orgId(), round.cohortId(), round.number(), g))
            .toList();
    return RoundOverview.of(round, recorded, meetups.findAll(round.orgId(), ids));
  }
}

package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What HR analytics counts of buddy rounds, for each member of each group, on the round's start day
 * (UTC): the group, whether it met (a member marked it done or answered that it happened), and
 * whether the member answered the "did you meet?" question. A group across two departments counts
 * in both.
 */
public final class BuddyCounts implements CountedFacts {

  private final BuddyRounds rounds;
  private final Meetups meetups;

  public BuddyCounts(BuddyRounds rounds, Meetups meetups) {
    this.rounds = rounds;
    this.meetups = meetups;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    Map<String, LocalDate> startDays = new HashMap<>();
    Set<Integer> numbers = new HashSet<>();
    rounds.eachStartedBetween(
        orgId,
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        round -> {
          startDays.put(
              key(round.cohortId(), round.number()),
              LocalDate.ofInstant(round.startedAt(), ZoneOffset.UTC));
          numbers.add(round.number());
        });
    meetups.eachOfRounds(
        orgId,
        numbers,
        meetup -> {
          LocalDate day = startDays.get(key(meetup.id().cohortId(), meetup.id().round()));
          if (day == null) {
            return;
          }
          boolean met = meetup.met();
          for (int i = 0; i < meetup.members().size(); i++) {
            PersonId member = meetup.members().get(i);
            tally.add(member, day, Counted.BUDDY_GROUP);
            if (met) {
              tally.add(member, day, Counted.BUDDY_MET);
            }
            if (meetup.states().get(i).happened().isPresent()) {
              tally.add(member, day, Counted.BUDDY_REPORTED);
            }
          }
        });
  }

  private static String key(CohortId cohortId, int number) {
    return cohortId.value() + "/" + number;
  }
}

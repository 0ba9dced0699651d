package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.privacy.SmallCounts;
import dev.trellis.core.privacy.SmallCounts.Cell;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round as an admin sees it: who was grouped with whom, and counts only where they name nobody
 * ({@link SmallCounts}). Never whether a given group met or skipped, nor why a given person was
 * left out: those are each person's own.
 */
public record RoundOverview(
    int number,
    Instant startedAt,
    List<List<PersonId>> groups,
    Figures figures,
    LeftOutCounts leftOut) {

  /**
   * Counts of groups (met, skipped, not met: not yet, while the round is open) and of the members'
   * answers to "did it happen?"; empty where hidden. {@code recorded} once the round closed.
   */
  public record Figures(
      boolean recorded,
      int groups,
      int people,
      Optional<Integer> met,
      Optional<Integer> skipped,
      Optional<Integer> notMet,
      Optional<Integer> answeredYes,
      Optional<Integer> answeredNo,
      Optional<Integer> unanswered) {}

  /** How many were left out, and for which reasons; a reason's count is empty where hidden. */
  public record LeftOutCounts(int total, Map<LeftOut.Reason, Optional<Integer>> byReason) {
    public LeftOutCounts {
      byReason = Collections.unmodifiableMap(new EnumMap<>(byReason));
    }
  }

  public RoundOverview {
    groups = groups.stream().map(List::copyOf).toList();
  }

  /**
   * The overview of a round: its recorded figures once it closed, else the figures of its meetups
   * as they stand.
   */
  public static RoundOverview of(
      BuddyRound round, Optional<RoundFigures> recorded, List<Meetup> meetups) {
    RoundFigures f = recorded.orElseGet(() -> RoundFigures.of(meetups, round.startedAt()));
    int[] sizes = round.groups().stream().mapToInt(g -> g.members().size()).sorted().toArray();
    int people = Arrays.stream(sizes).sum();
    Map<String, Cell> outcomes = new LinkedHashMap<>();
    outcomes.put("met", groupsCell(f.met(), sizes));
    outcomes.put("skipped", groupsCell(f.skipped(), sizes));
    outcomes.put("notMet", groupsCell(f.notMet(), sizes));
    Map<String, Optional<Integer>> groupCounts = SmallCounts.shown(people, outcomes);
    Map<String, Cell> answers = new LinkedHashMap<>();
    answers.put("yes", Cell.ofPeople(f.answeredYes()));
    answers.put("no", Cell.ofPeople(f.answeredNo()));
    answers.put(
        "unanswered", Cell.ofPeople(Math.max(0, people - f.answeredYes() - f.answeredNo())));
    Map<String, Optional<Integer>> answerCounts = SmallCounts.shown(people, answers);
    Figures figures =
        new Figures(
            recorded.isPresent(),
            round.groups().size(),
            people,
            groupCounts.get("met"),
            groupCounts.get("skipped"),
            groupCounts.get("notMet"),
            answerCounts.get("yes"),
            answerCounts.get("no"),
            answerCounts.get("unanswered"));
    return new RoundOverview(
        round.number(),
        round.startedAt(),
        round.groups().stream().map(BuddyRound.Group::members).toList(),
        figures,
        leftOut(round.leftOut()));
  }

  /** A count of groups stands for at least as many people as its smallest groups hold. */
  private static Cell groupsCell(int count, int[] sizesAscending) {
    int people = 0;
    for (int i = 0; i < Math.min(count, sizesAscending.length); i++) {
      people += sizesAscending[i];
    }
    return new Cell(count, Math.max(people, count));
  }

  private static LeftOutCounts leftOut(List<LeftOut> leftOut) {
    Map<LeftOut.Reason, Cell> cells = new EnumMap<>(LeftOut.Reason.class);
    for (LeftOut.Reason reason : LeftOut.Reason.values()) {
      int count = (int) leftOut.stream().filter(l -> l.reason() == reason).count();
      cells.put(reason, Cell.ofPeople(count));
    }
    return new LeftOutCounts(leftOut.size(), SmallCounts.shown(leftOut.size(), cells));
  }
}

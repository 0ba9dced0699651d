package dev.trellis.app.admin;

import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.RoundOverview;
import dev.trellis.core.directory.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cohort admin API answers: cohorts, their members by email and name, and rounds by their
 * groups' names, never notes, and never an outcome or a choice next to a name (counts instead).
 */
final class CohortViews {

  private CohortViews() {}

  record CohortView(
      String id,
      String name,
      int groupSize,
      int cadenceWeeks,
      String startDate,
      String policy,
      int noRepeatRounds) {
    static CohortView of(Cohort c) {
      return new CohortView(
          c.id().value(),
          c.name(),
          c.groupSize(),
          c.cadenceWeeks(),
          c.startDate().toString(),
          c.policy().name(),
          c.noRepeatRounds());
    }
  }

  /** A member by email and name; whether they paused or left is theirs, never shown next to it. */
  record MemberView(String email, String name) {
    static MemberView of(Person p) {
      return new MemberView(p.email().value(), p.name());
    }
  }

  /** How many members take part, paused or left; null where too few to name nobody. */
  record MemberFiguresView(Integer takingPart, Integer paused, Integer left) {
    static MemberFiguresView of(CohortRoster.Figures f) {
      return new MemberFiguresView(
          f.takingPart().orElse(null), f.paused().orElse(null), f.left().orElse(null));
    }
  }

  /** A cohort, one page of its members by email, and counts over all of them. */
  record CohortWithMembers(
      CohortView cohort,
      List<MemberView> members,
      MemberFiguresView figures,
      int page,
      int size,
      long totalMembers,
      long totalPages) {}

  /** A group: its members' names, never whether it met. */
  record GroupView(List<String> members) {}

  /** How many were left out, and how many for each reason (null where hidden); never who. */
  record LeftOutView(int total, Map<String, Integer> byReason) {
    static LeftOutView of(RoundOverview.LeftOutCounts counts) {
      Map<String, Integer> byReason = new LinkedHashMap<>();
      counts.byReason().forEach((reason, count) -> byReason.put(reason.name(), count.orElse(null)));
      return new LeftOutView(counts.total(), byReason);
    }
  }

  /**
   * Counts of groups and answers, null where they could name someone; {@code recorded} once the
   * round closed, else so far.
   */
  record FiguresView(
      boolean recorded,
      int groups,
      int people,
      Integer met,
      Integer skipped,
      Integer notMet,
      Integer answeredYes,
      Integer answeredNo,
      Integer unanswered) {
    static FiguresView of(RoundOverview.Figures f) {
      return new FiguresView(
          f.recorded(),
          f.groups(),
          f.people(),
          f.met().orElse(null),
          f.skipped().orElse(null),
          f.notMet().orElse(null),
          f.answeredYes().orElse(null),
          f.answeredNo().orElse(null),
          f.unanswered().orElse(null));
    }
  }

  record RoundView(
      int number,
      String startedAt,
      List<GroupView> groups,
      LeftOutView leftOut,
      FiguresView figures) {}
}

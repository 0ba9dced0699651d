package dev.trellis.core.opportunity;

import dev.trellis.core.command.GoalDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why an open opportunity suits a person: the open goal of theirs it matched (its number, text and
 * direction), the opportunity's skills and title words found in the goal, and whether the
 * opportunity's kind fits the goal's direction. Holds the goal's text, so it is for its owner's
 * eyes only (their digest), never for a log.
 */
public record OpportunityMatch(
    Opportunity opportunity,
    int goalNumber,
    String goalText,
    GoalDirection direction,
    List<String> skills,
    List<String> titleWords,
    boolean kindFits) {

  /** Longest goal excerpt in an explanation. */
  static final int GOAL_EXCERPT = 60;

  /** Better first: a kind that fits the goal, then more skills, then more title words. */
  static final Comparator<OpportunityMatch> BEST_FIRST =
      Comparator.comparing(OpportunityMatch::kindFits)
          .thenComparingInt(m -> m.skills().size())
          .thenComparingInt(m -> m.titleWords().size())
          .reversed();

  public OpportunityMatch {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(goalText, "goalText");
    Objects.requireNonNull(direction, "direction");
    skills = List.copyOf(skills);
    titleWords = List.copyOf(titleWords);
    if (skills.isEmpty() && titleWords.isEmpty()) {
      throw new IllegalArgumentException("A match needs a skill or a title word in the goal");
    }
  }

  /**
   * Why, as the digest says it: {@code matches your goal *Learn Kubernetes*, lateral; skills:
   * kubernetes, helm; a role fits lateral}: the title words when no skill matched, and the last
   * part only when the kind fits the goal's direction.
   */
  public String explanation() {
    List<String> parts = new ArrayList<>();
    parts.add("matches your goal *" + excerpt(goalText) + "*, " + direction.word());
    if (!skills.isEmpty()) {
      parts.add((skills.size() == 1 ? "skill: " : "skills: ") + String.join(", ", skills));
    } else {
      parts.add("in its title: " + String.join(", ", titleWords));
    }
    if (kindFits) {
      parts.add("a " + opportunity.kind().word() + " fits " + direction.word());
    }
    return String.join("; ", parts);
  }

  private static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ").replace("*", "");
    return flat.length() <= GOAL_EXCERPT ? flat : flat.substring(0, GOAL_EXCERPT - 1).strip() + "…";
  }
}

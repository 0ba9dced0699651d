package dev.trellis.core.buddy;

import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of an org's people who are paired into buddy groups round after round: the size of the
 * groups (2 to 4), how many weeks between rounds, the day of the first round, whether people opt in
 * or are members unless they leave, and how many rounds a pair is not repeated.
 */
public record Cohort(
    CohortId id,
    OrgId orgId,
    String name,
    int groupSize,
    int cadenceWeeks,
    LocalDate startDate,
    Policy policy,
    int noRepeatRounds) {

  public static final int DEFAULT_CADENCE_WEEKS = 4;
  public static final int MAX_CADENCE_WEEKS = 52;
  public static final int MAX_NAME_LENGTH = 100;

  /** Who is a member. */
  public enum Policy {
    /** Only the people added or who joined. */
    OPT_IN,
    /** Everyone in the org, unless they left. */
    OPT_OUT;

    public static Optional<Policy> parse(String text) {
      if (text == null) {
        return Optional.empty();
      }
      String wanted = text.strip().replace('-', '_');
      for (Policy p : values()) {
        if (p.name().equalsIgnoreCase(wanted)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  public Cohort {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(policy, "policy");
    Optional<String> problem = problem(name, groupSize, cadenceWeeks, noRepeatRounds);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    name = name.strip();
  }

  /** What is wrong with these settings, in words for an admin; empty when nothing is. */
  public static Optional<String> problem(
      String name, int groupSize, int cadenceWeeks, int noRepeatRounds) {
    if (name == null || name.isBlank()) {
      return Optional.of("name is required");
    }
    if (name.strip().length() > MAX_NAME_LENGTH) {
      return Optional.of("name is at most " + MAX_NAME_LENGTH + " characters");
    }
    if (groupSize < 2 || groupSize > PairingRound.MAX_GROUP_SIZE) {
      return Optional.of(
          "groupSize is 2 to " + PairingRound.MAX_GROUP_SIZE + " people, not " + groupSize);
    }
    if (cadenceWeeks < 1 || cadenceWeeks > MAX_CADENCE_WEEKS) {
      return Optional.of(
          "cadenceWeeks is 1 to "
              + MAX_CADENCE_WEEKS
              + " weeks between rounds, not "
              + cadenceWeeks);
    }
    if (noRepeatRounds < 0 || noRepeatRounds > PairingRound.MAX_NO_REPEAT_WINDOW) {
      return Optional.of(
          "noRepeatRounds is 0 to "
              + PairingRound.MAX_NO_REPEAT_WINDOW
              + " rounds, not "
              + noRepeatRounds);
    }
    return Optional.empty();
  }
}

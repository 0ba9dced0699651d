package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** An admin creates and changes an org's cohorts, and adds or removes their members. */
public final class ManagingCohorts {

  /**
   * Without a start date, the first round is a week away: time to add the members before they are
   * paired.
   */
  public static final Period DEFAULT_LEAD = Period.ofWeeks(1);

  private final Cohorts cohorts;
  private final Clock clock;

  public ManagingCohorts(Cohorts cohorts, Clock clock) {
    this.cohorts = cohorts;
    this.clock = clock;
  }

  /**
   * A cohort's settings as an admin typed them; for a new cohort a missing one takes its default,
   * for a change it stays as it was. Only the name is required for a new cohort.
   */
  public record Settings(
      String name,
      Integer groupSize,
      Integer cadenceWeeks,
      String startDate,
      String policy,
      Integer noRepeatRounds) {}

  /** The outcome of {@link #create} and {@link #change}. */
  public sealed interface Result {}

  public record Saved(Cohort cohort) implements Result {}

  /** The input was refused, saying why. */
  public record Invalid(String reason) implements Result {}

  public record NotFound(CohortId id) implements Result {}

  public Result create(OrgId orgId, Settings settings) {
    Cohort defaults =
        new Cohort(
            CohortId.random(),
            orgId,
            "new cohort",
            PairingRound.DEFAULT_GROUP_SIZE,
            Cohort.DEFAULT_CADENCE_WEEKS,
            LocalDate.now(clock).plus(DEFAULT_LEAD),
            Cohort.Policy.OPT_IN,
            PairingRound.DEFAULT_NO_REPEAT_WINDOW);
    if (settings.name() == null || settings.name().isBlank()) {
      return new Invalid("name is required");
    }
    return apply(defaults, settings);
  }

  public Result change(OrgId orgId, CohortId id, Settings settings) {
    Optional<Cohort> existing = cohorts.find(orgId, id);
    if (existing.isEmpty()) {
      return new NotFound(id);
    }
    return apply(existing.get(), settings);
  }

  private Result apply(Cohort base, Settings s) {
    String name = s.name() != null ? s.name() : base.name();
    int groupSize = s.groupSize() != null ? s.groupSize() : base.groupSize();
    int cadence = s.cadenceWeeks() != null ? s.cadenceWeeks() : base.cadenceWeeks();
    int noRepeat = s.noRepeatRounds() != null ? s.noRepeatRounds() : base.noRepeatRounds();
    Optional<String> problem = Cohort.problem(name, groupSize, cadence, noRepeat);
    if (problem.isPresent()) {
      return new Invalid(problem.get());
    }
    LocalDate start = base.startDate();
    if (s.startDate() != null) {
      try {
        start = LocalDate.parse(s.startDate().strip());
      } catch (DateTimeParseException e) {
        return new Invalid(
            "startDate is a day such as 2026-12-01, not '" + s.startDate().strip() + "'");
      }
    }
    Cohort.Policy policy = base.policy();
    if (s.policy() != null) {
      Optional<Cohort.Policy> parsed = Cohort.Policy.parse(s.policy());
      if (parsed.isEmpty()) {
        return new Invalid("policy is OPT_IN or OPT_OUT, not '" + s.policy().strip() + "'");
      }
      policy = parsed.get();
    }
    Cohort cohort =
        new Cohort(base.id(), base.orgId(), name, groupSize, cadence, start, policy, noRepeat);
    cohorts.save(cohort);
    return new Saved(cohort);
  }

  /**
   * Adds the person to the cohort (again, if they had left; a pause ends), with their "not with"
   * list when one is given.
   */
  public CohortMember addMember(Cohort cohort, PersonId person, Optional<Set<PersonId>> notWith) {
    CohortMember member =
        cohorts
            .member(cohort.orgId(), cohort.id(), person)
            .orElseGet(() -> CohortMember.joined(person))
            .join();
    if (notWith.isPresent()) {
      member = member.notWith(notWith.get());
    }
    cohorts.saveMember(cohort.orgId(), cohort.id(), member);
    return member;
  }

  /** Records that the person left the cohort; they are not paired until added again. */
  public CohortMember removeMember(Cohort cohort, PersonId person) {
    CohortMember member =
        cohorts
            .member(cohort.orgId(), cohort.id(), person)
            .orElseGet(() -> CohortMember.joined(person))
            .leave();
    cohorts.saveMember(cohort.orgId(), cohort.id(), member);
    return member;
  }
}

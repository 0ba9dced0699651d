package dev.trellis.app.admin;

import dev.trellis.app.admin.CohortViews.CohortView;
import dev.trellis.app.admin.CohortViews.CohortWithMembers;
import dev.trellis.app.admin.CohortViews.MemberFiguresView;
import dev.trellis.app.admin.CohortViews.MemberView;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.buddy.ManagingCohorts;
import dev.trellis.core.directory.Page;
import dev.trellis.core.directory.PageRequest;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An org's buddy cohorts: create, list, change, add and remove members (by email and name; whether
 * someone paused or left is counted, never shown next to them). {@link CohortRoundsAdminController}
 * starts and shows rounds.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/cohorts")
class CohortsAdminController {

  private final Orgs orgs;
  private final People people;
  private final Cohorts cohorts;
  private final CohortRoster roster;
  private final ManagingCohorts managing;
  private final Clock clock;

  CohortsAdminController(
      Orgs orgs,
      People people,
      Cohorts cohorts,
      CohortRoster roster,
      ManagingCohorts managing,
      Clock clock) {
    this.orgs = orgs;
    this.people = people;
    this.cohorts = cohorts;
    this.roster = roster;
    this.managing = managing;
    this.clock = clock;
  }

  /** The body of a POST (name required) or a PUT (any of the fields). */
  record CohortBody(
      String name,
      Integer groupSize,
      Integer cadenceWeeks,
      String startDate,
      String policy,
      Integer noRepeatRounds) {
    ManagingCohorts.Settings settings() {
      return new ManagingCohorts.Settings(
          name, groupSize, cadenceWeeks, startDate, policy, noRepeatRounds);
    }
  }

  /** The body of a member PUT, optional: the people (by email) not to be grouped with. */
  record MemberBody(List<String> notWith) {}

  @PostMapping
  ResponseEntity<CohortView> create(@PathVariable String orgId, @RequestBody CohortBody body) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    Cohort cohort = saved(managing.create(org, body.settings()));
    return ResponseEntity.created(URI.create("/api/admin/orgs/" + org + "/cohorts/" + cohort.id()))
        .body(CohortView.of(cohort));
  }

  @GetMapping
  List<CohortView> list(@PathVariable String orgId) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    return cohorts.list(org).stream().map(CohortView::of).toList();
  }

  @GetMapping("/{cohortId}")
  CohortWithMembers get(
      @PathVariable String orgId,
      @PathVariable String cohortId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Cohort cohort = CohortPaths.existing(orgs, cohorts, orgId, cohortId);
    if (page < 0 || size < 1 || size > PageRequest.MAX_SIZE) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 to " + PageRequest.MAX_SIZE);
    }
    List<CohortRoster.Membership> all = roster.of(cohort);
    long from = Math.min((long) page * size, all.size());
    List<MemberView> members =
        all.subList((int) from, (int) Math.min(from + size, all.size())).stream()
            .map(m -> MemberView.of(m.person()))
            .toList();
    Page<CohortRoster.Membership> counted = new Page<>(List.of(), page, size, all.size());
    MemberFiguresView figures =
        MemberFiguresView.of(
            CohortRoster.Figures.of(all, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    return new CohortWithMembers(
        CohortView.of(cohort), members, figures, page, size, all.size(), counted.totalPages());
  }

  @PutMapping("/{cohortId}")
  CohortView change(
      @PathVariable String orgId, @PathVariable String cohortId, @RequestBody CohortBody body) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    return CohortView.of(
        saved(managing.change(org, CohortPaths.cohortId(cohortId), body.settings())));
  }

  @PutMapping("/{cohortId}/members/{email}")
  MemberView addMember(
      @PathVariable String orgId,
      @PathVariable String cohortId,
      @PathVariable String email,
      @RequestBody(required = false) MemberBody body) {
    Cohort cohort = CohortPaths.existing(orgs, cohorts, orgId, cohortId);
    Person person = PersonPaths.existing(people, cohort.orgId(), email);
    Optional<Set<PersonId>> notWith = Optional.empty();
    if (body != null && body.notWith() != null) {
      Set<PersonId> ids = new HashSet<>();
      for (String other : body.notWith()) {
        Person p = PersonPaths.existing(people, cohort.orgId(), other);
        if (p.id().equals(person.id())) {
          throw new AdminApiException(
              HttpStatus.BAD_REQUEST, "notWith lists other people, not " + person.email());
        }
        ids.add(p.id());
      }
      notWith = Optional.of(ids);
    }
    managing.addMember(cohort, person.id(), notWith);
    return MemberView.of(person);
  }

  @DeleteMapping("/{cohortId}/members/{email}")
  ResponseEntity<Void> removeMember(
      @PathVariable String orgId, @PathVariable String cohortId, @PathVariable String email) {
    Cohort cohort = CohortPaths.existing(orgs, cohorts, orgId, cohortId);
    Person person = PersonPaths.existing(people, cohort.orgId(), email);
    managing.removeMember(cohort, person.id());
    return ResponseEntity.noContent().build();
  }

  private static Cohort saved(ManagingCohorts.Result result) {
    if (result instanceof ManagingCohorts.Saved saved) {
      return saved.cohort();
    }
    if (result instanceof ManagingCohorts.NotFound notFound) {
      throw CohortPaths.notFound(notFound.id());
    }
    throw new AdminApiException(
        HttpStatus.BAD_REQUEST, ((ManagingCohorts.Invalid) result).reason());
  }
}

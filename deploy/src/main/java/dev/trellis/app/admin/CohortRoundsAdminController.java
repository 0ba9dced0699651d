package dev.trellis.app.admin;

import dev.trellis.app.admin.CohortViews.FiguresView;
import dev.trellis.app.admin.CohortViews.GroupView;
import dev.trellis.app.admin.CohortViews.LeftOutView;
import dev.trellis.app.admin.CohortViews.RoundView;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.buddy.RoundOverview;
import dev.trellis.core.buddy.ShowingBuddyRound;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cohort's buddy rounds: start one and show it, by the names in each group, with counts where a
 * name would tell an outcome or a choice.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/cohorts/{cohortId}/rounds")
class CohortRoundsAdminController {

  private final Orgs orgs;
  private final People people;
  private final Cohorts cohorts;
  private final StartingBuddyRound starting;
  private final ShowingBuddyRound showing;

  CohortRoundsAdminController(
      Orgs orgs,
      People people,
      Cohorts cohorts,
      StartingBuddyRound starting,
      ShowingBuddyRound showing) {
    this.orgs = orgs;
    this.people = people;
    this.cohorts = cohorts;
    this.starting = starting;
    this.showing = showing;
  }

  @PostMapping
  ResponseEntity<RoundView> startRound(@PathVariable String orgId, @PathVariable String cohortId) {
    Cohort cohort = CohortPaths.existing(orgs, cohorts, orgId, cohortId);
    StartingBuddyRound.Result result = starting.start(cohort.orgId(), cohort.id());
    if (result instanceof StartingBuddyRound.Started started) {
      BuddyRound round = started.round();
      return ResponseEntity.created(
              URI.create(
                  "/api/admin/orgs/"
                      + cohort.orgId()
                      + "/cohorts/"
                      + cohort.id()
                      + "/rounds/"
                      + round.number()))
          .body(view(cohort.orgId(), showing.overview(round)));
    }
    if (result instanceof StartingBuddyRound.NobodyInCohort) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "Cohort " + cohort.id() + " has nobody in it yet: add members before starting a round");
    }
    if (result instanceof StartingBuddyRound.AlreadyStarted already) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "Round " + already.number() + " was started at the same time; GET it instead");
    }
    throw CohortPaths.notFound(cohort.id());
  }

  @GetMapping("/{number}")
  RoundView round(
      @PathVariable String orgId, @PathVariable String cohortId, @PathVariable String number) {
    Cohort cohort = CohortPaths.existing(orgs, cohorts, orgId, cohortId);
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "A round is named by its number: 1, 2, ..., not '" + number + "'");
    }
    int wanted = n;
    return showing
        .show(cohort.orgId(), cohort.id(), n)
        .map(overview -> view(cohort.orgId(), overview))
        .orElseThrow(
            () ->
                new AdminApiException(
                    HttpStatus.NOT_FOUND,
                    "Cohort "
                        + cohort.id()
                        + " has no round "
                        + wanted
                        + ". Start one with POST .../cohorts/"
                        + cohort.id()
                        + "/rounds"));
  }

  private RoundView view(OrgId org, RoundOverview round) {
    Set<PersonId> ids = new HashSet<>();
    round.groups().forEach(ids::addAll);
    Map<PersonId, String> names =
        people.findByIds(org, ids).stream()
            .collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a));
    Function<PersonId, String> name = id -> names.getOrDefault(id, "(no longer in the directory)");
    List<GroupView> groups =
        round.groups().stream().map(g -> new GroupView(g.stream().map(name).toList())).toList();
    return new RoundView(
        round.number(),
        round.startedAt().toString(),
        groups,
        LeftOutView.of(round.leftOut()),
        FiguresView.of(round.figures()));
  }
}

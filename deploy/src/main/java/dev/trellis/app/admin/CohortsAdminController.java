package dev.trellis.app.admin;

import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.buddy.ManagingCohorts;
import dev.trellis.core.buddy.RoundOverview;
import dev.trellis.core.buddy.ShowingBuddyRound;
import dev.trellis.core.buddy.StartingBuddyRound;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * An org's buddy cohorts: create, list, change, add and remove members; start a round and show it
 * (names only, never notes, and never an outcome or a choice next to a name: counts instead).
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/cohorts")
class CohortsAdminController {

  private final Orgs orgs;
  private final People people;
  private final Cohorts cohorts;
  private final CohortRoster roster;
  private final ManagingCohorts managing;
  private final StartingBuddyRound starting;
  private final ShowingBuddyRound showing;
  private final Clock clock;

  CohortsAdminController(
      Orgs orgs,
      People people,
      Cohorts cohorts,
      CohortRoster roster,
      ManagingCohorts managing,
      StartingBuddyRound starting,
      ShowingBuddyRound showing,
      Clock clock) {
    this.orgs = orgs;
    this.people = people;
    this.cohorts = cohorts;
    this.roster = roster;
    this.managing = managing;
    this.starting = starting;
    this.showing = showing;
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
    Cohort cohort = existing(orgId, cohortId);
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
    return CohortView.of(saved(managing.change(org, cohortId(cohortId), body.settings())));
  }

  @PutMapping("/{cohortId}/members/{email}")
  MemberView addMember(
      @PathVariable String orgId,
      @PathVariable String cohortId,
      @PathVariable String email,
      @RequestBody(required = false) MemberBody body) {
    Cohort cohort = existing(orgId, cohortId);
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
    Cohort cohort = existing(orgId, cohortId);
    Person person = PersonPaths.existing(people, cohort.orgId(), email);
    managing.removeMember(cohort, person.id());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{cohortId}/rounds")
  ResponseEntity<RoundView> startRound(@PathVariable String orgId, @PathVariable String cohortId) {
    Cohort cohort = existing(orgId, cohortId);
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
    throw notFound(cohort.id());
  }

  @GetMapping("/{cohortId}/rounds/{number}")
  RoundView round(
      @PathVariable String orgId, @PathVariable String cohortId, @PathVariable String number) {
    Cohort cohort = existing(orgId, cohortId);
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

  private Cohort existing(String orgId, String cohortId) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    CohortId id = cohortId(cohortId);
    return cohorts.find(org, id).orElseThrow(() -> notFound(id));
  }

  private static Cohort saved(ManagingCohorts.Result result) {
    if (result instanceof ManagingCohorts.Saved saved) {
      return saved.cohort();
    }
    if (result instanceof ManagingCohorts.NotFound notFound) {
      throw notFound(notFound.id());
    }
    throw new AdminApiException(
        HttpStatus.BAD_REQUEST, ((ManagingCohorts.Invalid) result).reason());
  }

  private static CohortId cohortId(String text) {
    if (!CohortId.isValid(text)) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "A cohort id is 1-64 letters, digits, '-' or '_', as GET .../cohorts lists them");
    }
    return new CohortId(text);
  }

  private static AdminApiException notFound(CohortId id) {
    return new AdminApiException(
        HttpStatus.NOT_FOUND,
        "There is no cohort " + id + " in this org. GET .../cohorts lists them.");
  }
}

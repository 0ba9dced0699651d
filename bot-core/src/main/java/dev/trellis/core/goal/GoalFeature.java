package dev.trellis.core.goal;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.HelpTopic;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.org.OrgId;
import java.util.Set;

/**
 * Career goals on the lattice: the person's own goals, numbered for good, with a direction, a next
 * step and a status; private unless shared with their current manager, who then sees the open ones
 * in the 1:1 agenda ({@link SharedGoalsInAgenda}, {@link StalledSharedGoals}, wired with the 1:1).
 * The career map shows on {@code goal list} and the home view; once a quarter a prompt asks each
 * person to look at it ({@link QuarterlyMapSteps}).
 */
public final class GoalFeature implements Feature {

  /** Where the career map shows on the home view: after the buddy. */
  public static final int HOME_PLACE = 45;

  static final String HELP =
      """
      Your career map: goals in any direction of the lattice, not only up. Only you see them, \
      unless you share one with your manager.

      /trellis goal add Learn Kubernetes --direction lateral  a goal (grow, lateral, stretch, \
      mentoring or learning; grow if left out)
      /trellis goal list  your map, by direction, with each goal's number
      /trellis goal next 1 Read the docs  the next step of goal 1
      /trellis goal done 1 · /trellis goal drop 1  a goal keeps its number for good
      /trellis goal share 1 · /trellis goal unshare 1  your manager sees a shared goal in the \
      agenda of your 1:1s""";

  private final Goals goals;
  private final People people;
  private final SendingMapPrompts prompts;
  private final boolean quarterlyPrompts;

  /**
   * {@code quarterlyPrompts}: whether each person's quarterly look at their map is planned (the
   * setting {@code trellis.goals.quarterly-prompts}); prompts put off earlier are sent either way.
   */
  public GoalFeature(
      Goals goals, People people, SendingMapPrompts prompts, boolean quarterlyPrompts) {
    this.goals = goals;
    this.people = people;
    this.prompts = prompts;
    this.quarterlyPrompts = quarterlyPrompts;
  }

  @Override
  public void register(Routes routes) {
    RunningGoalCommands commands = new RunningGoalCommands(goals, people);
    GoalData data = new GoalData();
    routes
        .command(TrellisCommand.AddGoal.class, commands::add)
        .command(TrellisCommand.ListGoals.class, (c, asked) -> commands.list(asked))
        .command(TrellisCommand.SetGoalNextStep.class, commands::next)
        .command(TrellisCommand.FinishGoal.class, commands::finish)
        .command(TrellisCommand.DropGoal.class, commands::drop)
        .command(TrellisCommand.ShareGoal.class, commands::share)
        .command(TrellisCommand.UnshareGoal.class, commands::unshare)
        .buttons("goal", commands::press)
        .helpLines("/trellis goal list  your career map (help goals for the rest)")
        .helpTopic(new HelpTopic("goal", HELP))
        .home(HOME_PLACE, commands.map()::homeFields)
        .steps(prompts)
        // Goals are found by _id (org:person:number); these serve a person's map and agenda.
        .index(IndexSpec.on("goals", "person_goals", "orgId", "personId", "number"))
        .index(IndexSpec.on("goals", "person_shares", "orgId", "personId", "shares.with"))
        .exports(data)
        .erases(data)
        .index(IndexSpec.on("goals", "org_moved", "orgId", "movedAt"))
        .counts(new GoalCounts(goals));
    if (quarterlyPrompts) {
      routes.plans(new QuarterlyMapSteps());
    }
  }

  /** The person's goals in their export, and gone with their data. */
  private final class GoalData implements PersonalExport, PersonalErasure {

    @Override
    public String section() {
      return "goals";
    }

    @Override
    public Object export(OrgId orgId, PersonId personId) {
      return goals.ofPerson(orgId, personId).stream()
          .map(
              g ->
                  ExportObject.of()
                      .put("number", g.number())
                      .put("text", g.text())
                      .put("direction", g.direction().word())
                      .put("status", g.status())
                      .put("nextStep", g.nextStep())
                      .put("createdAt", g.createdAt())
                      .put("movedAt", g.movedAt())
                      .put(
                          "sharedWith",
                          g.shares().stream()
                              .map(
                                  s ->
                                      ExportObject.of()
                                          .put("personId", s.with().value())
                                          .put("at", s.at()))
                              .toList())
                      .toMap())
          .toList();
    }

    @Override
    public Set<String> collections() {
      return Set.of("goals");
    }

    @Override
    public void erase(Erasure erasure) {
      goals.eraseOf(erasure);
    }
  }
}

package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.CommandWord;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.HelpTopic;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.step.Holidays;
import java.time.Clock;

/**
 * Internal opportunities: anyone posts one through a form ({@code opportunity post}), everyone in
 * the org sees the open ones ({@code opportunity list}), the poster closes theirs. I'm interested
 * tells the poster privately, and nobody else unless the person chooses to tell their manager; the
 * poster answers with Let's talk or Filled. Admins import and list opportunities and read the
 * counts through the admin API ({@link ImportingOpportunities}, {@link OpportunityCounts}). Once a
 * week each person may get the open ones that suit their goals ({@link WeeklyDigest}).
 */
public final class OpportunityFeature implements Feature {

  static final String HELP =
      """
      Internal opportunities: stretch projects, shadowing, mentoring, gigs and roles across teams.
      /trellis opportunity list  the open ones, newest first, each with I'm interested
      /trellis opportunity post  a form to post one (title, kind, team, skills, time needed, \
      closing day)
      /trellis opportunity mine  the ones you posted, with how many are interested
      /trellis opportunity close 3  takes yours down
      Only the poster hears of your interest; your manager only if you tell them.""";

  /** What the feature needs of the rest of Trellis. */
  public record Stores(
      Opportunities opportunities,
      OpportunityInterests interests,
      People people,
      Goals goals,
      Outbox outbox,
      Holidays holidays,
      Clock clock) {}

  private final Stores stores;
  private final WeeklyDigest digest;

  public OpportunityFeature(Stores stores, WeeklyDigest digest) {
    this.stores = stores;
    this.digest = digest;
  }

  @Override
  public void register(Routes routes) {
    OpportunityDelivery delivery = new OpportunityDelivery(stores.outbox(), stores.holidays());
    OpportunityData data =
        new OpportunityData(stores.opportunities(), stores.interests(), stores.clock());
    RunningOpportunityCommands commands =
        new RunningOpportunityCommands(stores.opportunities(), stores.interests(), stores.people());
    ShowingInterest showing =
        new ShowingInterest(
            stores.opportunities(), stores.interests(), stores.people(), stores.goals(), delivery);
    TellingTheManager telling =
        new TellingTheManager(
            stores.opportunities(), stores.interests(), stores.people(), delivery);
    AnsweringInterest answering =
        new AnsweringInterest(
            stores.opportunities(), stores.interests(), stores.people(), delivery);
    routes
        .word(
            new CommandWord(
                OpportunityCommand.WORD, OpportunityCommand.SYNTAX, OpportunityCommand::parse))
        .command(OpportunityCommand.class, commands::run)
        .form(PostingForm.SUBMIT, commands::submit)
        .buttons(
            OpportunityButtons.NAMESPACE,
            (person, press) -> press(person, press, showing, telling, answering))
        .helpLines(
            "/trellis opportunity list  internal opportunities (help opportunities for more)")
        .helpTopic(new HelpTopic("opportunit", HELP))
        // Opportunities are found by _id (org:number); these serve the open list and one's own.
        .index(IndexSpec.on("opportunities", "org_status_closes", "orgId", "status", "closesOn"))
        .index(IndexSpec.on("opportunities", "org_poster", "orgId", "postedBy"))
        .index(IndexSpec.on("opportunity_interests", "org_opportunity", "orgId", "opportunityId"))
        .index(IndexSpec.on("opportunity_interests", "org_person", "orgId", "personId"))
        .index(IndexSpec.on("opportunity_interests", "org_at", "orgId", "at"))
        .exports(data)
        .erases(data)
        .counts(new OpportunityCountsForHr(stores.opportunities(), stores.interests()));
    digest.register(routes);
  }

  private static Response press(
      Person person,
      ButtonPress press,
      ShowingInterest showing,
      TellingTheManager telling,
      AnsweringInterest answering) {
    String action = press.action().value();
    if (OpportunityButtons.isInterested(press.action())) {
      return showing.interested(person, press);
    }
    if (action.equals(InterestActions.SHOW_GOAL)) {
      return showing.answerAboutGoal(person, press, true);
    }
    if (action.equals(InterestActions.WITHOUT_GOAL)) {
      return showing.answerAboutGoal(person, press, false);
    }
    if (action.equals(InterestActions.TELL_MANAGER)) {
      return telling.press(person, press);
    }
    if (action.equals(InterestActions.TALK)) {
      return answering.talk(person, press);
    }
    if (action.equals(InterestActions.FILLED)) {
      return answering.filled(person, press);
    }
    return Response.say("That button is not one Trellis knows. Try /trellis opportunity list.");
  }
}

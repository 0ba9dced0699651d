package dev.trellis.core.feedback;

import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.command.FeedbackCommand;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.HelpTexts;
import dev.trellis.core.feature.HelpTopic;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import java.time.Instant;
import java.util.Set;

/**
 * Feedback both ways: asking colleagues for it ({@code /feedback ask}), answering or declining a
 * request, giving it unasked ({@code /feedback give}), sharing an answer received with one's
 * manager, and the lists of what waits and what was received or given. A reminder follows an
 * unanswered request after a week, and it expires after two; a person who has asked nobody for N
 * weeks gets one suggestion whom to ask. The manager's agenda shows its part through {@link
 * FeedbackInAgenda}.
 */
public final class FeedbackFeature implements Feature {

  /** Where the requests waiting for the person show on the home view. */
  public static final int HOME_PLACE = 50;

  static final String HELP =
      "Feedback\n"
          + "/feedback  requests waiting for you and the feedback you received\n"
          + "/feedback ask @name [@name …] about <topic>  ask for feedback; only you see the"
          + " answers\n"
          + "/feedback give @name [about <topic>]  give feedback nobody asked for\n"
          + "/feedback given  the feedback you gave";

  /** What the feature needs of the rest of Trellis. */
  public record Stores(
      FeedbackRecords records,
      People people,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps,
      Outbox outbox) {}

  /** Where suggestions find someone to ask: buddies and 1:1s. */
  public record Partners(OneOnOnes oneOnOnes, BuddyAssignments assignments, Meetups meetups) {}

  private final Stores stores;
  private final Partners partners;
  private final FeedbackCadence cadence;

  public FeedbackFeature(Stores stores, Partners partners, FeedbackCadence cadence) {
    this.stores = stores;
    this.partners = partners;
    this.cadence = cadence;
  }

  @Override
  public void register(Routes routes) {
    FeedbackRecords records = stores.records();
    People people = stores.people();
    FeedbackDelivery delivery =
        new FeedbackDelivery(stores.outbox(), stores.holidays(), stores.settings());
    FollowingUpRequests followUps =
        new FollowingUpRequests(records, people, stores.steps(), delivery);
    AskingForFeedback asking = new AskingForFeedback(records, people, delivery, followUps);
    AnsweringRequests answering = new AnsweringRequests(records, people, delivery);
    ShowingFeedback showing = new ShowingFeedback(records, people);
    FeedbackCandidates candidates =
        new FeedbackCandidates(
            people, partners.oneOnOnes(), partners.assignments(), partners.meetups());
    routes
        .command(FeedbackCommand.class, (command, asked) -> run(command, asked, asking, showing))
        .buttons("feedback", (person, press) -> press(person, press, asking, answering))
        .form(FeedbackActions.ANSWER_FORM, answering::submit)
        .form(FeedbackActions.GIVE_FORM, asking::submitGive)
        .form(FeedbackActions.ASK_FORM, asking::submitAsk)
        .helpTopic(new HelpTopic("feedb", HELP))
        .home(HOME_PLACE, showing::home)
        .plans(new AskNudges(cadence, records))
        .steps(new SuggestingAsks(records, people, candidates, cadence, stores.outbox()))
        .steps(followUps.reminders())
        .steps(followUps.expiries())
        .index(IndexSpec.on("feedback", "giver_state", "orgId", "giverId", "state"))
        .index(IndexSpec.on("feedback", "receiver_state", "orgId", "receiverId", "state"))
        .index(IndexSpec.on("feedback", "org_asked", "orgId", "asked", "createdAt"))
        .index(IndexSpec.on("feedback_watch", "org", "orgId"))
        .erases(new FeedbackErasure(records))
        .exports(new FeedbackExport(records, people))
        .counts(new FeedbackCounts(stores.records()));
  }

  /** Feedback stays counted without the person's texts; see {@link FeedbackRecords#eraseOf}. */
  private record FeedbackErasure(FeedbackRecords records) implements PersonalErasure {

    @Override
    public Set<String> collections() {
      return Set.of("feedback", "feedback_watch");
    }

    @Override
    public void erase(Erasure erasure) {
      records.eraseOf(erasure);
    }

    @Override
    public void forgetTextsBefore(OrgId orgId, Instant cutoff) {
      records.forgetTextsBefore(orgId, cutoff);
    }
  }

  private static Response run(
      FeedbackCommand command, Asked asked, AskingForFeedback asking, ShowingFeedback showing) {
    Person person = asked.person();
    if (command instanceof FeedbackCommand.Ask ask) {
      return asking.ask(ask, asked);
    }
    if (command instanceof FeedbackCommand.Give give) {
      return asking.give(give, asked);
    }
    if (command instanceof FeedbackCommand.Given) {
      return showing.given(person);
    }
    if (command instanceof FeedbackCommand.Overview) {
      return showing.overview(person, asked.at());
    }
    return Response.sayWhereAsked(HelpTexts.asTyped(HELP, asked.platform()));
  }

  private static Response press(
      Person person, ButtonPress press, AskingForFeedback asking, AnsweringRequests answering) {
    ActionId action = FeedbackActions.meaning(press.action());
    if (action.equals(FeedbackActions.ANSWER)) {
      return answering.press(person, press, false);
    }
    if (action.equals(FeedbackActions.DECLINE)) {
      return answering.press(person, press, true);
    }
    if (action.equals(FeedbackActions.SHARE)) {
      return answering.share(person, press);
    }
    if (action.equals(FeedbackActions.SUGGESTED_ASK)) {
      return asking.openSuggested(person, press);
    }
    return Response.say("I do not know that button.");
  }
}

package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A person's I'm interested and what follows it. When the button came with a goal it matched, the
 * person is asked once whether the poster may see that goal; then the poster is told privately
 * (who, which opportunity, the goal only if agreed) with Let's talk and Filled. The person's
 * manager is not told; the person may tell their current manager with a button, which {@link
 * SharedItemAccess} checks. A second interest in the same opportunity is the first one.
 */
final class ShowingInterest {

  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final People people;
  private final Goals goals;
  private final OpportunityDelivery delivery;

  ShowingInterest(
      Opportunities opportunities,
      OpportunityInterests interests,
      People people,
      Goals goals,
      OpportunityDelivery delivery) {
    this.opportunities = opportunities;
    this.interests = interests;
    this.people = people;
    this.goals = goals;
    this.delivery = delivery;
  }

  /** I'm interested, from the list or the digest. */
  Response interested(Person person, ButtonPress press) {
    Optional<OpportunityButtons.Interest> interest =
        OpportunityButtons.Interest.parse(press.value());
    if (interest.isEmpty()) {
      return gone();
    }
    Optional<Opportunity> found =
        OpportunityRefs.find(opportunities, person.orgId(), interest.get().opportunity());
    Optional<Response> refused = refusal(person, found, press.receivedAt());
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<Goal> goal = matchedGoal(person, interest.get().matchedGoal());
    if (goal.isEmpty()) {
      return record(person, found.get(), OptionalInt.empty(), press.receivedAt(), false);
    }
    return askAboutGoal(person, found.get(), goal.get());
  }

  /** The answer to whether the poster may see the goal. */
  Response answerAboutGoal(Person person, ButtonPress press, boolean show) {
    Optional<OpportunityButtons.Interest> interest =
        OpportunityButtons.Interest.parse(press.value());
    if (interest.isEmpty()) {
      return gone();
    }
    Optional<Opportunity> found =
        OpportunityRefs.find(opportunities, person.orgId(), interest.get().opportunity());
    Optional<Response> refused = refusal(person, found, press.receivedAt());
    if (refused.isPresent()) {
      return refused.get();
    }
    Opportunity o = found.get();
    OptionalInt goal =
        show && matchedGoal(person, interest.get().matchedGoal()).isPresent()
            ? interest.get().matchedGoal()
            : OptionalInt.empty();
    return record(person, o, goal, press.receivedAt(), true);
  }

  /** Why the person cannot show interest in this opportunity now; empty when they can. */
  private Optional<Response> refusal(Person person, Optional<Opportunity> found, Instant now) {
    if (found.isEmpty()) {
      return Optional.of(gone());
    }
    Opportunity o = found.get();
    if (o.postedBy().equals(person.id())) {
      return Optional.of(
          Response.say("Opportunity " + o.number() + " is your own: nobody to tell."));
    }
    if (!o.isOpenOn(RunningOpportunityCommands.today(person, now))) {
      return Optional.of(
          Response.say(
              "Opportunity "
                  + o.number()
                  + " is "
                  + OpportunityWords.status(o, RunningOpportunityCommands.today(person, now))
                  + ": it takes no more interest. /trellis opportunity list shows what is open."));
    }
    Optional<OpportunityInterest> before = interests.find(person.orgId(), o.id(), person.id());
    if (before.isPresent()) {
      return Optional.of(
          Response.say(
              "You already showed interest in "
                  + OpportunityWords.named(o)
                  + ": "
                  + posterName(o)
                  + " knows. Nothing more was sent."));
    }
    return Optional.empty();
  }

  private Response askAboutGoal(Person person, Opportunity o, Goal goal) {
    String value = new OpportunityButtons.Interest(o.id(), OptionalInt.of(goal.number())).value();
    return new Response.Reply(
        OutboundMessage.builder(
                "Before "
                    + posterName(o)
                    + " hears of your interest in "
                    + OpportunityWords.named(o)
                    + ": may they see the goal it matched, “"
                    + excerpt(goal.text())
                    + "”?")
            .button(Button.primary(InterestActions.SHOW_GOAL, "Show my goal", value))
            .button(Button.of(InterestActions.WITHOUT_GOAL, "Without the goal", value))
            .context("Your manager is not told either way.")
            .build(),
        false);
  }

  private Response record(
      Person person, Opportunity o, OptionalInt goal, Instant now, boolean replace) {
    OpportunityInterest interest =
        OpportunityInterest.shown(person.orgId(), o.id(), person.id(), goal, now);
    if (!interests.add(interest)) {
      return new Response.Reply(
          OutboundMessage.builder(
                  "You already showed interest in "
                      + OpportunityWords.named(o)
                      + ": nothing more was sent.")
              .build(),
          replace);
    }
    Optional<Person> poster = people.findById(person.orgId(), o.postedBy());
    poster.ifPresent(
        p -> delivery.send(p, "interest/" + interest.id(), toPoster(person, o, goal), now));
    OutboundMessage.Builder answer =
        OutboundMessage.builder(
            poster.map(Person::name).orElse("The poster")
                + " will hear privately that you are interested in "
                + OpportunityWords.named(o)
                + (goal.isPresent() ? ", with the goal it matched." : ".")
                + " Your manager is not told.");
    person
        .managerId()
        .flatMap(id -> people.findById(person.orgId(), id))
        .ifPresent(
            m ->
                answer.button(
                    Button.of(InterestActions.TELL_MANAGER, "Tell " + m.name(), interest.id())));
    return new Response.Reply(answer.build(), replace);
  }

  private OutboundMessage toPoster(Person person, Opportunity o, OptionalInt goal) {
    String matched =
        goal.isPresent()
            ? goals
                .findByNumber(person.orgId(), person.id(), goal.getAsInt())
                .map(g -> "\nThe goal of theirs it matched: “" + excerpt(g.text()) + "”")
                .orElse("")
            : "";
    String value = OpportunityInterest.idOf(o.id(), person.id());
    return OutboundMessage.builder(
            person.name() + " is interested in your " + OpportunityWords.named(o) + "." + matched)
        .header("Someone is interested in your opportunity")
        .button(Button.primary(InterestActions.TALK, "Let's talk", value))
        .button(Button.of(InterestActions.FILLED, "Filled", value))
        .context(
            "Only you got this. Let's talk opens a chat with "
                + person.name()
                + "; Filled marks it filled by them.")
        .fallback(person.name() + " is interested in your " + OpportunityWords.named(o) + ".")
        .build();
  }

  private Optional<Goal> matchedGoal(Person person, OptionalInt number) {
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return goals.findByNumber(person.orgId(), person.id(), number.getAsInt()).filter(Goal::isOpen);
  }

  private String posterName(Opportunity o) {
    return people.findById(o.orgId(), o.postedBy()).map(Person::name).orElse("The poster");
  }

  private static String excerpt(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  static Response gone() {
    return Response.say(
        "That opportunity is no longer there. /trellis opportunity list shows what is open.");
  }
}

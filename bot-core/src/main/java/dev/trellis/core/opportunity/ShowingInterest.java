package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.privacy.SharedItemAccess;
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
    return takingInterest(person, interest.get().opportunity(), press.receivedAt())
        .map(Response.class::cast)
        .orElseGet(
            () -> {
              Opportunity o =
                  OpportunityRefs.find(opportunities, person.orgId(), interest.get().opportunity())
                      .orElseThrow();
              Optional<Goal> goal = matchedGoal(person, interest.get().matchedGoal());
              if (goal.isEmpty()) {
                return record(person, o, OptionalInt.empty(), press.receivedAt(), false);
              }
              return askAboutGoal(person, o, goal.get());
            });
  }

  /** The answer to whether the poster may see the goal. */
  Response answerAboutGoal(Person person, ButtonPress press, boolean show) {
    Optional<OpportunityButtons.Interest> interest =
        OpportunityButtons.Interest.parse(press.value());
    if (interest.isEmpty()) {
      return gone();
    }
    Optional<Response> refused =
        takingInterest(person, interest.get().opportunity(), press.receivedAt());
    if (refused.isPresent()) {
      return refused.get();
    }
    Opportunity o =
        OpportunityRefs.find(opportunities, person.orgId(), interest.get().opportunity())
            .orElseThrow();
    OptionalInt goal =
        show && matchedGoal(person, interest.get().matchedGoal()).isPresent()
            ? interest.get().matchedGoal()
            : OptionalInt.empty();
    return record(person, o, goal, press.receivedAt(), true);
  }

  /** The person tells their current manager of their interest. */
  Response tellManager(Person person, ButtonPress press) {
    Optional<OpportunityInterest> interest =
        InterestActions.InterestRef.parse(press.value())
            .filter(ref -> ref.person().equals(person.id()))
            .flatMap(ref -> interests.find(person.orgId(), ref.opportunity(), ref.person()));
    if (interest.isEmpty()) {
      return Response.say(
          "That interest is not yours to tell about. /trellis opportunity list shows what is open.");
    }
    Optional<Person> manager =
        person.managerId().flatMap(id -> people.findById(person.orgId(), id));
    if (manager.isEmpty()) {
      return Response.say("You have no manager in Trellis to tell; nobody else was told.");
    }
    if (interest.get().isSharedWith(manager.get().id())) {
      return Response.say(manager.get().name() + " already knows: nothing changed.");
    }
    OpportunityInterest told = interest.get().toldTo(manager.get().id());
    interests.save(told);
    Optional<Opportunity> o =
        OpportunityRefs.find(opportunities, person.orgId(), told.opportunityId());
    if (o.isPresent() && SharedItemAccess.maySee(manager.get(), person, told)) {
      delivery.send(
          manager.get(),
          "told/" + told.id() + "/" + manager.get().id().value(),
          OutboundMessage.builder(
                  person.name()
                      + " wanted you to know: they are interested in "
                      + OpportunityWords.named(o.get())
                      + " ("
                      + OpportunityWords.details(o.get())
                      + ").")
              .header("An opportunity " + person.name() + " is interested in")
              .context("Only because they chose to tell you.")
              .build(),
          press.receivedAt());
    }
    return Response.replace(
        manager.get().name()
            + " now knows you are interested"
            + o.map(x -> " in " + OpportunityWords.named(x)).orElse("")
            + ".");
  }

  /** Why the person cannot show interest in this opportunity now; empty when they can. */
  private Optional<Response> takingInterest(Person person, OpportunityId id, Instant now) {
    Optional<Opportunity> found = OpportunityRefs.find(opportunities, person.orgId(), id);
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

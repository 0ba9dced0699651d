package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The poster's answers to an interest: Let's talk opens a group DM of the two where the platform
 * opens one (both on Slack), else tells each whom to write to; Filled marks the opportunity filled
 * by that person (from another team when their department is not the opportunity's team) and tells
 * them. Only the poster's presses count.
 */
final class AnsweringInterest {

  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final People people;
  private final OpportunityDelivery delivery;

  AnsweringInterest(
      Opportunities opportunities,
      OpportunityInterests interests,
      People people,
      OpportunityDelivery delivery) {
    this.opportunities = opportunities;
    this.interests = interests;
    this.people = people;
    this.delivery = delivery;
  }

  /** What a poster's button is about: the opportunity, the interest and the interested person. */
  private record About(Opportunity opportunity, OpportunityInterest interest, Person person) {}

  Response talk(Person poster, ButtonPress press) {
    Optional<About> about = about(poster, press.value());
    if (about.isEmpty()) {
      return notYours();
    }
    Opportunity o = about.get().opportunity();
    Person person = about.get().person();
    Instant now = press.receivedAt();
    String key = "talk/" + about.get().interest().id();
    Optional<Recipient> group = slackGroup(poster, person);
    if (group.isPresent()) {
      delivery.sendToGroup(
          group.get(),
          List.of(poster, person),
          key,
          OutboundMessage.builder(
                  poster.name()
                      + " would like to talk with "
                      + person.name()
                      + " about "
                      + OpportunityWords.named(o)
                      + " ("
                      + OpportunityWords.details(o)
                      + "). This chat is yours: Trellis says nothing more here.")
              .header("Let's talk: " + o.title())
              .build(),
          now);
      return Response.replace(
          "Opened a group chat with "
              + person.name()
              + " about "
              + OpportunityWords.named(o)
              + ".");
    }
    delivery.send(
        person,
        key,
        OutboundMessage.builder(
                poster.name()
                    + " would like to talk with you about "
                    + OpportunityWords.named(o)
                    + ". Start a chat with them: "
                    + poster.email().value())
            .header("Let's talk: " + o.title())
            .build(),
        now);
    return Response.replace(
        "Told "
            + person.name()
            + " you would like to talk about "
            + OpportunityWords.named(o)
            + ". Start a chat with them: "
            + person.email().value());
  }

  Response filled(Person poster, ButtonPress press) {
    Optional<About> about = about(poster, press.value());
    if (about.isEmpty()) {
      return notYours();
    }
    Opportunity o = about.get().opportunity();
    Person person = about.get().person();
    if (o.status() != Opportunity.Status.OPEN) {
      return Response.say(
          "Opportunity "
              + o.number()
              + " is already "
              + o.status().name().toLowerCase(Locale.ROOT)
              + ": nothing changed.");
    }
    Instant now = press.receivedAt();
    opportunities.save(o.filled(person.id(), fromAnotherTeam(o, person), now));
    delivery.send(
        person,
        "filled/" + o.id().value(),
        OutboundMessage.builder(
                poster.name()
                    + " marked "
                    + OpportunityWords.named(o)
                    + " as filled by you. Congratulations, and enjoy it!")
            .header("It's yours: " + o.title())
            .build(),
        now);
    return Response.replace(
        OpportunityWords.named(o).substring(0, 1).toUpperCase(Locale.ROOT)
            + OpportunityWords.named(o).substring(1)
            + " is filled by "
            + person.name()
            + ": it no longer shows in the list, and they are told.");
  }

  /** Whether the person comes from another team: both are known and they differ. */
  static boolean fromAnotherTeam(Opportunity o, Person person) {
    return o.team().isPresent()
        && person.department().isPresent()
        && !o.team().get().strip().equalsIgnoreCase(person.department().get().strip());
  }

  private Optional<About> about(Person poster, String value) {
    Optional<InterestActions.InterestRef> ref = InterestActions.InterestRef.parse(value);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    Optional<Opportunity> o =
        OpportunityRefs.find(opportunities, poster.orgId(), ref.get().opportunity())
            .filter(x -> x.postedBy().equals(poster.id()));
    Optional<OpportunityInterest> interest =
        o.flatMap(x -> interests.find(poster.orgId(), x.id(), ref.get().person()));
    Optional<Person> person = interest.flatMap(i -> people.findById(poster.orgId(), i.personId()));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new About(o.get(), interest.get(), person.get()));
  }

  /** A group DM of the two, when both are on Slack. */
  private static Optional<Recipient> slackGroup(Person poster, Person person) {
    Optional<Recipient> a = Recipients.on(poster, Platform.SLACK);
    Optional<Recipient> b = Recipients.on(person, Platform.SLACK);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Recipient.group(List.of(a.get(), b.get())));
  }

  private static Response notYours() {
    return Response.say(
        "That interest is not in an opportunity of yours, or the person is no longer in Trellis:"
            + " nothing changed. /trellis opportunity mine lists yours.");
  }
}

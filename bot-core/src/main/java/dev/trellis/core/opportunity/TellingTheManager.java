package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.privacy.SharedItemAccess;
import java.util.Optional;

/**
 * The person's Tell &lt;manager&gt; on the confirmation of their interest: the interest is then
 * shared with the manager the directory names at that moment, and that manager gets one message
 * naming the opportunity (never the goal) once {@link SharedItemAccess} agrees. Nobody else's press
 * counts.
 */
final class TellingTheManager {

  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final People people;
  private final OpportunityDelivery delivery;

  TellingTheManager(
      Opportunities opportunities,
      OpportunityInterests interests,
      People people,
      OpportunityDelivery delivery) {
    this.opportunities = opportunities;
    this.interests = interests;
    this.people = people;
    this.delivery = delivery;
  }

  /** The person tells their current manager of their interest. */
  Response press(Person person, ButtonPress press) {
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
}

package dev.trellis.core.oneonone;

import dev.trellis.core.command.PersonRef;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Locale;

/**
 * Finds the person a command names, in the typist's org: a Slack mention by user id, an email
 * exactly, a {@code @handle} by the part of the email before the at sign, the whole name without
 * spaces, or the first name.
 */
public final class FindingPeople {

  private static final int LISTED = 5;

  private final People people;

  public FindingPeople(People people) {
    this.people = people;
  }

  /** The one person the reference names, or a reply that says why there is none. */
  public sealed interface Found {
    record One(Person person) implements Found {}

    record None(Response why) implements Found {}
  }

  public Found find(OrgId orgId, PersonRef ref) {
    if (ref instanceof PersonRef.EmailAddress email) {
      return people
          .findByEmail(orgId, email.email())
          .<Found>map(Found.One::new)
          .orElseGet(() -> unknown(ref));
    }
    List<Person> matching = people.findAll(orgId).stream().filter(p -> matches(p, ref)).toList();
    if (matching.isEmpty()) {
      return unknown(ref);
    }
    if (matching.size() > 1) {
      return new Found.None(
          Response.say(
              "Several people match "
                  + ref.raw()
                  + ": "
                  + String.join(
                      ", ", matching.stream().limit(LISTED).map(p -> p.email().value()).toList())
                  + (matching.size() > LISTED ? " and more" : "")
                  + ". Use the email of the one you mean."));
    }
    return new Found.One(matching.get(0));
  }

  private static boolean matches(Person person, PersonRef ref) {
    if (ref instanceof PersonRef.SlackMention mention) {
      return person.slackUserId().filter(mention.userId()::equals).isPresent();
    }
    String handle = ((PersonRef.Handle) ref).name().toLowerCase(Locale.ROOT);
    String email = person.email().value();
    String name = person.name().toLowerCase(Locale.ROOT);
    return email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).equals(handle)
        || name.replaceAll("\\s+", "").equals(handle)
        || name.split("\\s+")[0].equals(handle);
  }

  private static Found unknown(PersonRef ref) {
    return new Found.None(
        Response.say(
            "I cannot find "
                + ref.raw()
                + " among the people of your org in Trellis. Try their email address, or ask"
                + " your admin to add them."));
  }
}

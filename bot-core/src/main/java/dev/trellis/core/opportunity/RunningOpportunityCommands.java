package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.feature.HelpTexts;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The {@code opportunity} commands: the post form and what it posts, the open list with an I'm
 * interested button on each (but one's own), one's own with how many showed interest, and closing
 * one's own. A wrong number or someone else's opportunity changes nothing and says why.
 */
final class RunningOpportunityCommands {

  /** Most opportunities one list shows (a Slack message holds at most 50 blocks). */
  static final int LIST_LIMIT = 10;

  static final String POST_EXAMPLE = "For example: /trellis opportunity post";

  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final People people;

  RunningOpportunityCommands(
      Opportunities opportunities, OpportunityInterests interests, People people) {
    this.opportunities = opportunities;
    this.interests = interests;
    this.people = people;
  }

  Response run(OpportunityCommand command, Asked asked) {
    if (command instanceof OpportunityCommand.Post) {
      return new Response.OpenForm(PostingForm.of(asked.person()));
    }
    if (command instanceof OpportunityCommand.ListOpen) {
      return list(asked.person(), asked.at());
    }
    if (command instanceof OpportunityCommand.Mine) {
      return mine(asked.person(), asked.at());
    }
    if (command instanceof OpportunityCommand.Close close) {
      return close(asked.person(), close.typed(), asked.at());
    }
    return Response.sayWhereAsked(HelpTexts.asTyped(OpportunityFeature.HELP, asked.platform()));
  }

  Response submit(Person poster, FormSubmission form) {
    PostingForm.Read read = PostingForm.read(poster, form, today(poster, form.receivedAt()));
    if (read instanceof PostingForm.Read.Wrong wrong) {
      return new Response.FormErrors(wrong.errors());
    }
    OpportunityDraft draft = ((PostingForm.Read.Draft) read).draft();
    Opportunity posted = opportunities.post(poster.orgId(), draft, form.receivedAt());
    return Response.say(
        "Posted "
            + OpportunityWords.named(posted)
            + " ("
            + OpportunityWords.details(posted)
            + ").\nEveryone sees it in /trellis opportunity list until it closes; you hear"
            + " privately from whoever is interested. /trellis opportunity close "
            + posted.number()
            + " takes it down.");
  }

  private Response list(Person person, Instant now) {
    List<Opportunity> open =
        opportunities.openOn(person.orgId(), today(person, now)).stream()
            .sorted(
                Comparator.comparing(Opportunity::postedAt)
                    .thenComparing(Opportunity::number)
                    .reversed())
            .toList();
    if (open.isEmpty()) {
      return Response.say("Nothing open right now. Post one yourself: /trellis opportunity post");
    }
    OutboundMessage.Builder answer =
        OutboundMessage.builder(
                open.size() == 1
                    ? "1 open opportunity:"
                    : open.size() + " open opportunities, newest first:")
            .header("Open opportunities");
    for (Opportunity o : open.subList(0, Math.min(LIST_LIMIT, open.size()))) {
      boolean own = o.postedBy().equals(person.id());
      answer.field(
          o.number() + ". " + o.title(),
          OpportunityWords.details(o) + (own ? " · posted by you" : ""));
      if (!own) {
        answer.button(
            Button.of(
                OpportunityButtons.interested(o.number()),
                "I'm interested in " + o.number(),
                new OpportunityButtons.Interest(o.id(), OptionalInt.empty()).value()));
      }
    }
    if (open.size() > LIST_LIMIT) {
      answer.context((open.size() - LIST_LIMIT) + " older ones are open too.");
    } else {
      answer.context("Only the person who posted one hears of your interest.");
    }
    return new Response.Reply(answer.build(), false);
  }

  private Response mine(Person person, Instant now) {
    LocalDate today = today(person, now);
    List<Opportunity> own =
        opportunities.all(person.orgId()).stream()
            .filter(o -> o.postedBy().equals(person.id()))
            .sorted(Comparator.comparing(Opportunity::number).reversed())
            .toList();
    if (own.isEmpty()) {
      return Response.say("You have posted no opportunities. " + POST_EXAMPLE);
    }
    OutboundMessage.Builder answer =
        OutboundMessage.builder(
                own.size() == 1
                    ? "1 opportunity you posted:"
                    : own.size() + " opportunities you posted:")
            .header("Your opportunities");
    for (Opportunity o : own.subList(0, Math.min(LIST_LIMIT, own.size()))) {
      int interested = interests.in(person.orgId(), o.id()).size();
      answer.field(
          o.number() + ". " + o.title(),
          OpportunityWords.status(o, today)
              + " · "
              + (interested == 1 ? "1 person" : interested + " people")
              + " interested · "
              + OpportunityWords.details(o));
    }
    return new Response.Reply(answer.build(), false);
  }

  private Response close(Person person, String typed, Instant now) {
    String number = typed.strip().replaceFirst("^#", "");
    if (!number.matches("[1-9][0-9]{0,6}")) {
      return Response.say(
          (typed.isBlank()
                  ? "Name the opportunity to close"
                  : "'" + typed.strip() + "' is not an opportunity number")
              + ". For example: /trellis opportunity close 3 (/trellis opportunity mine lists yours)");
    }
    Optional<Opportunity> found =
        opportunities.findByNumber(person.orgId(), Integer.parseInt(number));
    if (found.isEmpty()) {
      return Response.say("There is no opportunity " + number + ". " + validNumbers(person, now));
    }
    Opportunity o = found.get();
    if (!o.postedBy().equals(person.id())) {
      return Response.say(
          "Opportunity "
              + o.number()
              + " is "
              + posterName(o)
              + "'s: only the person who posted it can close it. /trellis opportunity mine lists"
              + " yours.");
    }
    if (o.status() != Opportunity.Status.OPEN) {
      return Response.say(
          "Opportunity "
              + o.number()
              + " is already "
              + OpportunityWords.status(o, today(person, now))
              + ": nothing changed.");
    }
    opportunities.save(o.closed(now));
    return Response.say(
        "Closed "
            + OpportunityWords.named(o)
            + ". It no longer shows in the list; people who showed interest keep what they were"
            + " told.");
  }

  private String validNumbers(Person person, Instant now) {
    List<Opportunity> own =
        opportunities.all(person.orgId()).stream()
            .filter(o -> o.postedBy().equals(person.id()) && o.status() == Opportunity.Status.OPEN)
            .toList();
    if (own.isEmpty()) {
      return "You have no open opportunities to close. " + POST_EXAMPLE;
    }
    return "Yours open: "
        + own.stream().map(o -> String.valueOf(o.number())).collect(Collectors.joining(", "))
        + ". For example: /trellis opportunity close "
        + own.get(0).number();
  }

  private String posterName(Opportunity o) {
    return name(o.orgId(), o.postedBy(), "someone else");
  }

  private String name(dev.trellis.core.org.OrgId orgId, PersonId id, String otherwise) {
    return people.findById(orgId, id).map(Person::name).orElse(otherwise);
  }

  static LocalDate today(Person person, Instant now) {
    return now.atZone(person.timeZone()).toLocalDate();
  }
}

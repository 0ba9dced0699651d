package dev.trellis.core.oneonone;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words and buttons of the agenda, the last-15 prompt and the answers to its buttons. */
final class OneOnOneMessages {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private OneOnOneMessages() {}

  /** The 1:1's start in the reader's own zone, such as "Thursday 19 November at 16:00". */
  static String when(Occurrence occurrence, ZoneId zone) {
    return WHEN.format(occurrence.start().atZone(zone));
  }

  static OutboundMessage agenda(
      AgendaContext context, List<AgendaSection> sections, List<PickedQuestion> questions) {
    String report = context.report().name();
    String when = when(context.occurrence(), context.manager().timeZone());
    long minutes = context.oneOnOne().duration().toMinutes();
    StringBuilder text =
        new StringBuilder("Your 1:1 with ")
            .append(report)
            .append(" is on ")
            .append(when)
            .append(" (your time), ")
            .append(minutes)
            .append(" minutes.");
    for (AgendaSection section : sections) {
      text.append("\n\n").append(section.title()).append(":\n").append(section.body());
    }
    if (!questions.isEmpty()) {
      text.append("\n\nFor the last 15 minutes, development questions to ask ")
          .append(report)
          .append(':');
      for (int i = 0; i < questions.size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(questions.get(i).text());
      }
    }
    return OutboundMessage.builder(text.toString())
        .header("Agenda: your 1:1 with " + report)
        .context(
            "Only what "
                + report
                + " chose to share with you appears here. Keep the last 15 minutes for development, not"
                + " status.")
        .fallback("Agenda for your 1:1 with " + report + " on " + when)
        .build();
  }

  static OutboundMessage lastFifteen(OneOnOneTargets.Target target, Optional<String> q) {
    String value = OneOnOneActions.value(target.oneOnOne().id(), target.occurrence().date());
    String other = target.other().name();
    String suggestion =
        q.map(p -> "\n\nSuggested question: " + p)
            .orElse("\n\nTalk about where you want to grow, not about status.");
    OutboundMessage.Builder message =
        OutboundMessage.builder(
                "Switch to development now: use the last 15 minutes of your 1:1 with "
                    + other
                    + " to talk about growth."
                    + suggestion)
            .header("Last 15 minutes of your 1:1");
    for (Outcome outcome : Outcome.values()) {
      message.button(
          outcome == Outcome.DID
              ? Button.primary(outcome.action().value(), outcome.label(), value)
              : Button.of(outcome.action().value(), outcome.label(), value));
    }
    return message
        .context("Press one when you are done. HR sees only totals, never who pressed what.")
        .fallback("Switch to development now." + q.map(p -> " Suggested question: " + p).orElse(""))
        .build();
  }

  static String recorded(Outcome outcome, LocalDate date) {
    String day = DAY.format(date);
    switch (outcome) {
      case DID:
        return "Recorded: We did it, for the 1:1 of " + day + ". Thank you!";
      case SKIPPED:
        return "Recorded: Skipped today, for the 1:1 of "
            + day
            + ". Next time, start the last 15 minutes with the suggested question.";
      case MOVED:
        return "Recorded: Moved, for the 1:1 of " + day + ". Good luck with the new time!";
      default:
        throw new IllegalArgumentException("Unknown outcome " + outcome);
    }
  }

  static String alreadyRecorded(OneOnOneOutcome existing) {
    return "Already recorded: "
        + existing.outcome().label()
        + ", for the 1:1 of "
        + DAY.format(existing.date())
        + ". Nothing changed.";
  }

  static String takeawayQuestion(Person manager) {
    return "What is your takeaway from today's 1:1 with "
        + manager.name()
        + ", and your next step?";
  }
}

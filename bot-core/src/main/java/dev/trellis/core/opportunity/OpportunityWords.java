package dev.trellis.core.opportunity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How an opportunity reads in messages. */
final class OpportunityWords {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private OpportunityWords() {}

  /** {@code Opportunity 3: Run the cluster upgrade}. */
  static String named(Opportunity o) {
    return "opportunity " + o.number() + ": " + o.title();
  }

  /** Kind, team, skills, time needed and closing day, on one line. */
  static String details(Opportunity o) {
    List<String> parts = new ArrayList<>();
    parts.add(o.kind().label());
    o.team().ifPresent(parts::add);
    if (!o.skills().isEmpty()) {
      parts.add("skills: " + String.join(", ", o.skills()));
    }
    o.posting().timeNeeded().ifPresent(parts::add);
    parts.add("closes " + day(o.closesOn()));
    return String.join(" · ", parts);
  }

  static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** Where it stands, as a word: open, closed, filled or past its closing day. */
  static String status(Opportunity o, LocalDate today) {
    return switch (o.status()) {
      case OPEN -> o.isOpenOn(today) ? "open" : "past its closing day";
      case CLOSED -> "closed";
      case FILLED -> "filled";
    };
  }
}

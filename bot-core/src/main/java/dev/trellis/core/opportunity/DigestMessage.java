package dev.trellis.core.opportunity;

import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** How the weekly digest reads: each opportunity, why it suits, and its "I'm interested" button. */
final class DigestMessage {

  static final String HEADER = "Opportunities for your goals";
  private static final int BUTTON_TITLE = 40;

  private DigestMessage() {}

  static OutboundMessage of(List<OpportunityMatch> matches) {
    StringBuilder text =
        new StringBuilder(
            matches.size() == 1
                ? "An internal opportunity this week that suits one of your open goals:"
                : matches.size() + " internal opportunities this week that suit your open goals:");
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      OpportunityMatch match = matches.get(i);
      Opportunity o = match.opportunity();
      text.append("\n\n*")
          .append(o.number())
          .append(". ")
          .append(o.title())
          .append("* (")
          .append(details(o))
          .append(")\n")
          .append(capitalised(match.explanation()));
      buttons.add(
          Button.of(
              OpportunityButtons.interested(i + 1),
              "I'm interested: " + excerpt(o.title()),
              new OpportunityButtons.Interest(o.id(), OptionalInt.of(match.goalNumber())).value()));
    }
    OutboundMessage.Builder built =
        OutboundMessage.builder(text.toString())
            .header(HEADER)
            .context(
                "Only you get this digest: it comes from your own open goals, and shows each"
                    + " opportunity once. I'm interested tells the poster privately.");
    buttons.forEach(built::button);
    return built.build();
  }

  private static String details(Opportunity o) {
    List<String> parts = new ArrayList<>();
    parts.add(o.kind().label());
    o.team().ifPresent(parts::add);
    o.posting().timeNeeded().ifPresent(parts::add);
    parts.add("closes " + o.closesOn());
    return String.join(", ", parts);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String excerpt(String title) {
    return title.length() <= BUTTON_TITLE
        ? title
        : title.substring(0, BUTTON_TITLE - 1).strip() + "…";
  }
}

package dev.trellis.teams.render;

import dev.trellis.core.message.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of a message that may be cut to make its card fit. */
final class CardPieces {
  Optional<String> header;
  String text;
  final List<String> fieldValues = new ArrayList<>();
  Optional<String> context;

  CardPieces(OutboundMessage message) {
    header = message.header();
    text = message.text();
    message.fields().forEach(f -> fieldValues.add(f.value()));
    context = message.context();
  }

  /** Cuts the longest piece by about {@code excess} characters; false if none can be cut. */
  boolean cutLongest(int excess) {
    int longest = text.length();
    int which = -1;
    for (int i = 0; i < fieldValues.size(); i++) {
      if (fieldValues.get(i).length() > longest) {
        longest = fieldValues.get(i).length();
        which = i;
      }
    }
    if (context.map(String::length).orElse(0) > longest) {
      longest = context.get().length();
      which = -2;
    }
    if (header.map(String::length).orElse(0) > longest) {
      longest = header.get().length();
      which = -3;
    }
    if (longest <= CardLimits.MIN_CUT_CHARS) {
      return false;
    }
    int to = Math.max(CardLimits.MIN_CUT_CHARS, longest - excess - CardText.ELLIPSIS.length());
    if (which == -1) {
      text = CardText.cut(text, to);
    } else if (which == -2) {
      context = Optional.of(CardText.cut(context.get(), to));
    } else if (which == -3) {
      header = Optional.of(CardText.cut(header.get(), to));
    } else {
      fieldValues.set(which, CardText.cut(fieldValues.get(which), to));
    }
    return true;
  }
}

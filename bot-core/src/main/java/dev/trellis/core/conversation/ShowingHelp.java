package dev.trellis.core.conversation;

import dev.trellis.core.feature.HelpTexts;
import dev.trellis.core.feature.HelpTopic;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.message.Platform;
import java.util.List;
import java.util.Optional;

/**
 * The answer to {@code help [topic]}: a topic a feature registered, or everything: the common lines
 * of every feature, then every topic.
 */
final class ShowingHelp {

  static final String INTRO =
      "Trellis asks you a short career question every week and keeps your answers private unless"
          + " you share them. You can answer by replying here.";

  private final Routes routes;

  ShowingHelp(Routes routes) {
    this.routes = routes;
  }

  String about(Optional<String> topic, Platform platform) {
    List<HelpTopic> topics = routes.helpTopics();
    Optional<HelpTopic> asked =
        topic.flatMap(t -> topics.stream().filter(h -> h.matches(t)).findFirst());
    if (asked.isPresent()) {
      return HelpTexts.asTyped(asked.get().text(), platform);
    }
    StringBuilder text = new StringBuilder(INTRO);
    if (!routes.helpLines().isEmpty()) {
      text.append("\n\n").append(String.join("\n", routes.helpLines()));
    }
    topics.forEach(t -> text.append("\n\n").append(t.text()));
    return HelpTexts.asTyped(text.toString(), platform);
  }
}

package dev.trellis.core.settings;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import java.util.Optional;

/** {@code settings}: when prompts come, where messages go, the quiet hours and time zone. */
final class ShowingSettings {

  private final PeopleSettings settings;

  ShowingSettings(PeopleSettings settings) {
    this.settings = settings;
  }

  Response show(Person person) {
    PersonSettings own = settings.find(person.orgId(), person.id());
    OutboundMessage message =
        OutboundMessage.builder("Your Trellis settings")
            .field("Reflection prompts", own.cadence().describe())
            .field("Time zone", person.timeZone().getId())
            .field("Working days", String.join(", ", person.workingDays().shortNames()))
            .field("Quiet hours", person.quietHours().toString())
            .field(
                "Paused",
                own.pausedUntil().map(d -> "until " + PausingPrompts.DAY.format(d)).orElse("no"))
            .field("Messages come on", platformChoice(own.platform()))
            .context(
                "Pause with /trellis pause 2w, resume with /trellis resume. Choose where messages"
                    + " come with /trellis settings platform slack, teams or auto.")
            .build();
    return new Response.Reply(message, false);
  }

  /** How a platform choice reads in settings. */
  private static String platformChoice(Optional<Platform> platform) {
    return platform
        .map(ChoosingPlatform::name)
        .orElse("auto (where you last used Trellis, else your organisation's platform)");
  }
}

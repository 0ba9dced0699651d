package dev.trellis.core.settings;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.step.PeopleSettings;
import java.util.Optional;

/** {@code settings platform slack|teams|auto}: where the person's messages go first. */
final class ChoosingPlatform {

  private final PeopleSettings settings;

  ChoosingPlatform(PeopleSettings settings) {
    this.settings = settings;
  }

  Response choose(Person person, TrellisCommand.ChoosePlatform choice) {
    Optional<Platform> platform = choice.platform();
    if (platform.isPresent() && Recipients.on(person, platform.get()).isEmpty()) {
      return Response.sayWhereAsked(
          "Trellis has no "
              + name(platform.get())
              + " account of yours, so it cannot send you messages there. Ask your Trellis admin"
              + " to add it.");
    }
    settings.save(
        person.orgId(),
        person.id(),
        settings.find(person.orgId(), person.id()).withPlatform(platform));
    return Response.say(
        platform
            .map(
                p ->
                    "Done: your messages now come on "
                        + name(p)
                        + ", and on the other platform only when "
                        + name(p)
                        + " cannot reach you.")
            .orElse("Done: your messages now come where you last used Trellis."));
  }

  static String name(Platform platform) {
    return platform == Platform.SLACK ? "Slack" : "Teams";
  }
}

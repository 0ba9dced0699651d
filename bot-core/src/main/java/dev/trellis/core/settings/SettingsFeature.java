package dev.trellis.core.settings;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.message.Field;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A person's own settings: see them, pause and resume prompts, choose where messages come. */
public final class SettingsFeature implements Feature {

  /** Where the settings lines show on the home view: after the 1:1 and the open question. */
  public static final int HOME_PLACE = 30;

  private final PeopleSettings settings;

  public SettingsFeature(PeopleSettings settings) {
    this.settings = settings;
  }

  @Override
  public void register(Routes routes) {
    ShowingSettings showing = new ShowingSettings(settings);
    ChoosingPlatform choosing = new ChoosingPlatform(settings);
    PausingPrompts pausing = new PausingPrompts(settings);
    routes
        .command(TrellisCommand.Settings.class, (c, asked) -> showing.show(asked.person()))
        .command(
            TrellisCommand.ChoosePlatform.class, (c, asked) -> choosing.choose(asked.person(), c))
        .command(TrellisCommand.Pause.class, pausing::pause)
        .command(TrellisCommand.Resume.class, (c, asked) -> pausing.resume(asked.person()))
        .helpLines(
            "/trellis settings  when prompts come, your quiet hours and time zone",
            "/trellis pause 2w  no prompts for two weeks (or 3d for three days)",
            "/trellis resume  prompts on again")
        .home(HOME_PLACE, this::homeFields)
        .erases(new SettingsErasure());
  }

  /** A person's own settings go with them. */
  private final class SettingsErasure implements PersonalErasure {

    @Override
    public Set<String> collections() {
      return Set.of("person_settings");
    }

    @Override
    public void erase(Erasure erasure) {
      settings.remove(erasure.orgId(), erasure.personId());
    }
  }

  private List<Field> homeFields(Person person, Instant now) {
    PersonSettings own = settings.find(person.orgId(), person.id());
    return List.of(
        new Field("Reflection prompts", own.cadence().describe()),
        new Field(
            "Paused",
            own.isPausedOn(now.atZone(person.timeZone()).toLocalDate())
                ? "until " + PausingPrompts.DAY.format(own.pausedUntil().orElseThrow())
                : "no"),
        new Field("Quiet hours", person.quietHours() + " (" + person.timeZone().getId() + ")"));
  }
}

package dev.trellis.slack.install;

import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.PersonalErasure;
import java.util.Set;

/**
 * What Slack's installation keeps of a person: when they installed the app, their user id and user
 * token, forgotten with them (the bot keeps working). Runs while their directory entry still names
 * their Slack user id.
 */
public final class SlackPersonErasure implements PersonalErasure {

  private final People people;
  private final MongoInstallationService installations;

  public SlackPersonErasure(People people, MongoInstallationService installations) {
    this.people = people;
    this.installations = installations;
  }

  @Override
  public Set<String> collections() {
    return Set.of(SlackInstallSchema.INSTALLATIONS);
  }

  @Override
  public void erase(Erasure erasure) {
    people
        .findById(erasure.orgId(), erasure.personId())
        .flatMap(p -> p.slackUserId())
        .ifPresent(installations::forgetInstaller);
  }
}

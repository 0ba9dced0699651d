package dev.trellis.teams.install;

import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.teams.TeamsConversations;
import java.util.Set;

/**
 * What Teams keeps of a person: the reference to their 1:1 conversation with the bot (their AAD
 * object id and Teams user id), forgotten with them. Runs while their directory entry still names
 * their AAD object id. Installed teams name teams, not people.
 */
public final class TeamsPersonErasure implements PersonalErasure {

  private final People people;
  private final TeamsConversations conversations;

  public TeamsPersonErasure(People people, TeamsConversations conversations) {
    this.people = people;
    this.conversations = conversations;
  }

  @Override
  public Set<String> collections() {
    return Set.of(MongoTeamsConversations.COLLECTION);
  }

  @Override
  public void erase(Erasure erasure) {
    people
        .findById(erasure.orgId(), erasure.personId())
        .flatMap(p -> p.teamsAadObjectId())
        .ifPresent(aad -> conversations.forget(erasure.orgId(), aad));
  }
}

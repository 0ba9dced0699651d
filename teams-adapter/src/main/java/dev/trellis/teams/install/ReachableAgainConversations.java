package dev.trellis.teams.install;

import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import java.util.Optional;

/**
 * The stored 1:1 conversations, where saving one (the person installed the bot, or talked to it)
 * makes the person reachable on Teams again.
 */
public final class ReachableAgainConversations implements TeamsConversations {

  private final TeamsConversations stored;
  private final UnreachableRecipients unreachable;

  public ReachableAgainConversations(TeamsConversations stored, UnreachableRecipients unreachable) {
    this.stored = stored;
    this.unreachable = unreachable;
  }

  @Override
  public void save(TeamsConversation conversation) {
    stored.save(conversation);
    unreachable.clear(conversation.orgId(), Platform.TEAMS, conversation.aadObjectId());
  }

  @Override
  public Optional<TeamsConversation> find(OrgId orgId, String aadObjectId) {
    return stored.find(orgId, aadObjectId);
  }

  @Override
  public void forget(OrgId orgId, String aadObjectId) {
    stored.forget(orgId, aadObjectId);
  }
}

package dev.trellis.teams.send;

import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations kept in a map, for tests. */
public final class InMemoryTeamsConversations implements TeamsConversations {

  private final Map<String, TeamsConversation> byKey = new ConcurrentHashMap<>();

  @Override
  public void save(TeamsConversation conversation) {
    byKey.put(key(conversation.orgId(), conversation.aadObjectId()), conversation);
  }

  @Override
  public Optional<TeamsConversation> find(OrgId orgId, String aadObjectId) {
    return Optional.ofNullable(byKey.get(key(orgId, aadObjectId)));
  }

  @Override
  public void forget(OrgId orgId, String aadObjectId) {
    byKey.remove(key(orgId, aadObjectId));
  }

  private static String key(OrgId orgId, String aadObjectId) {
    return orgId.value() + "/" + aadObjectId;
  }
}

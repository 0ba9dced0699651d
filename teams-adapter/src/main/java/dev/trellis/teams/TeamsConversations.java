package dev.trellis.teams;

import dev.trellis.core.org.OrgId;
import java.util.Optional;

/** The 1:1 conversation of each person with the bot, per org (tenant). */
public interface TeamsConversations {

  /** Stores or replaces the person's conversation. */
  void save(TeamsConversation conversation);

  Optional<TeamsConversation> find(OrgId orgId, String aadObjectId);

  /** The bot was uninstalled for the person: nothing more is sent to them there. */
  void forget(OrgId orgId, String aadObjectId);
}

package dev.trellis.teams.inbound;

import dev.trellis.core.org.OrgId;
import java.util.Optional;

/**
 * Where a personal answer goes when the person asked in a channel or group chat: their 1:1 chat
 * with the bot. The integrator implements it with the stored conversations and the connector.
 */
public interface TeamsPrivateChats {

  /**
   * The person's 1:1 chat with the bot: the stored one, else one opened now through the connector
   * of the conversation they asked in ({@code asked}: its service URL, tenant and bot id). Empty
   * when Teams will not open one (the person blocked or never allowed the bot). Throwing means it
   * may work later, and the stored request is tried again.
   *
   * @param userId the person's id in Teams conversations ({@code 29:…}); may be blank
   */
  Optional<ReplyTo> chatOf(OrgId orgId, String aadObjectId, String userId, ReplyTo asked)
      throws Exception;
}

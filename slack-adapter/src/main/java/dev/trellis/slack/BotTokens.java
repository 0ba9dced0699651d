package dev.trellis.slack;

import dev.trellis.core.org.OrgId;
import java.util.Optional;

/**
 * The bot token Trellis calls Slack's Web API with for each org: the one configured token of a
 * single workspace, or the token stored when the org's workspace installed the app (OAuth).
 */
public interface BotTokens {

  /** The org's bot token; empty when its workspace is not, or no longer, installed. */
  Optional<String> forOrg(OrgId orgId);

  /** Drops every token kept in memory: a workspace uninstalled, or Slack refused a token. */
  default void forgetKept() {}
}

package dev.trellis.slack.send;

import java.util.Optional;

/**
 * The Web API methods Trellis calls, each with the rate limit it keeps per workspace, inside
 * Slack's published tiers, and for chat.postMessage also per channel.
 */
public enum SlackMethod {
  /** Special tier: about one message a second per channel, short bursts allowed. */
  CHAT_POST_MESSAGE(
      "chat.postMessage", RateLimit.perMinute(300, 20), Optional.of(RateLimit.perSecond(1, 3))),
  /** Tier 3; opens the group DM of a group recipient. */
  CONVERSATIONS_OPEN("conversations.open", RateLimit.perMinute(50, 10), Optional.empty()),
  /** Tier 3. */
  CHAT_UPDATE("chat.update", RateLimit.perMinute(50, 10), Optional.empty()),
  /** Tier 4. */
  VIEWS_OPEN("views.open", RateLimit.perMinute(100, 20), Optional.empty()),
  /** Tier 4. */
  VIEWS_PUBLISH("views.publish", RateLimit.perMinute(100, 20), Optional.empty()),
  /** Tier 4; the first step of a file upload. */
  FILES_GET_UPLOAD_URL_EXTERNAL(
      "files.getUploadURLExternal", RateLimit.perMinute(100, 20), Optional.empty()),
  /** Tier 4; shares an uploaded file in a conversation. */
  FILES_COMPLETE_UPLOAD_EXTERNAL(
      "files.completeUploadExternal", RateLimit.perMinute(100, 20), Optional.empty()),
  /** Tier 2. */
  USERS_LIST("users.list", RateLimit.perMinute(20, 3), Optional.empty());

  private final String apiName;
  private final RateLimit perWorkspace;
  private final Optional<RateLimit> perChannel;

  SlackMethod(String apiName, RateLimit perWorkspace, Optional<RateLimit> perChannel) {
    this.apiName = apiName;
    this.perWorkspace = perWorkspace;
    this.perChannel = perChannel;
  }

  /**
   * Whether every message Trellis sends calls this method, so that its workspace limit holds back
   * the whole org: chat.postMessage. Any other method's limit holds back only what calls it.
   */
  public boolean everyMessageNeedsIt() {
    return this == CHAT_POST_MESSAGE;
  }

  /** The method's name in Slack's API, as in {@code chat.postMessage}. */
  public String apiName() {
    return apiName;
  }

  RateLimit perWorkspace() {
    return perWorkspace;
  }

  Optional<RateLimit> perChannel() {
    return perChannel;
  }

  /** {@code perSecond} calls a second on average, {@code burst} at once. */
  record RateLimit(double perSecond, int burst) {
    static RateLimit perMinute(int calls, int burst) {
      return new RateLimit(calls / 60.0, burst);
    }

    static RateLimit perSecond(int calls, int burst) {
      return new RateLimit(calls, burst);
    }
  }
}

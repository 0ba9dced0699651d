package dev.trellis.slack.sync;

import com.slack.api.model.User;

/** Which Slack accounts can be Trellis people. */
enum SlackUserKind {
  PERSON,
  DELETED,
  BOT,
  /**
   * Single-channel guests and people from other organisations (Slack Connect). An app can rarely
   * reach them in a DM and they are not the org's employees. Multi-channel guests count as people:
   * they are linked only if the admin's directory lists their email.
   */
  GUEST;

  private static final String SLACKBOT = "USLACKBOT";

  static SlackUserKind of(User user) {
    if (user.isDeleted()) {
      return DELETED;
    }
    if (user.isBot() || user.isWorkflowBot() || SLACKBOT.equals(user.getId())) {
      return BOT;
    }
    if (user.isUltraRestricted() || user.isStranger()) {
      return GUEST;
    }
    return PERSON;
  }
}

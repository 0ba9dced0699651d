package dev.trellis.slack.sync;

import dev.trellis.core.directory.Email;

/** A Slack member whose email no person of the org has: add them to the directory to link them. */
public record UnmatchedSlackUser(String slackUserId, Email email) {}

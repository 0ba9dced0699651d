package dev.trellis.core.command;

/**
 * What a person asked for with {@code /trellis}, {@code /buddy} or {@code /feedback} (or the same
 * words typed to the bot on Teams), checked and typed. {@link CommandGrammar} makes these.
 */
public sealed interface Command
    permits TrellisCommand, BuddyCommand, FeedbackCommand, FeatureCommand {}

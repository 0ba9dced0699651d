package dev.trellis.core.command;

/**
 * A command a feature reads from words of its own ({@code /trellis echo hello}) rather than from
 * this grammar: the feature registers the word, its syntax and its parser with its routes.
 */
public non-sealed interface FeatureCommand extends Command {}

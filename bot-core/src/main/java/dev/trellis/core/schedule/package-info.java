/**
 * The generic part of planning time-based steps: whether a person may be messaged at an instant,
 * planning windows, planned and skipped steps with their kinds and occurrence keys, and what to do
 * with a step that is late after downtime. Which steps there are, and when, the features say (1:1
 * occurrences in {@code oneonone}, reflection cadences in {@code reflection}); this package knows
 * none of them.
 *
 * <p>Pure {@code java.time}: no I/O, no clock of its own. Every instant comes in as an argument, so
 * the same inputs always plan the same steps with the same occurrence keys.
 */
package dev.trellis.core.schedule;

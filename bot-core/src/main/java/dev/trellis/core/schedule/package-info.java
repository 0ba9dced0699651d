/**
 * When Trellis talks to whom: the occurrences of recurring 1:1s, whether a person may be messaged
 * at an instant, the planned instants of the time-based steps, and what to do with a step that is
 * late after downtime.
 *
 * <p>Pure {@code java.time}: no I/O, no clock of its own. Every instant comes in as an argument, so
 * the same inputs always plan the same steps with the same occurrence keys.
 */
package dev.trellis.core.schedule;

package dev.trellis.core.conversation;

import dev.trellis.core.message.Platform;

/** The answer to "help". */
final class HelpText {

  static final String BUDDIES =
      """
      Career buddies meet every few weeks to talk through each other's career maps.

      /buddy status  your buddy, the times proposed and your earlier rounds
      /buddy propose fri 10:30  a time to meet, in your time zone (also tomorrow 15:00 \
      or 2026-12-03 09:00)
      /buddy accept  the time your buddy proposed
      /buddy done [note]  you met; the note is private to you
      /buddy skip  this round does not work for you
      /buddy join [cohort] · /buddy leave [cohort] · /buddy pause 4w""";

  static final String TEXT =
      """
      Trellis asks you a short career question every week and keeps your answers private \
      unless you share them. You can answer by replying here.

      /trellis history [n]  your last answers
      /trellis settings  when prompts come, your quiet hours and time zone
      /trellis pause 2w  no prompts for two weeks (or 3d for three days)
      /trellis resume  prompts on again
      /trellis 1on1 list  your recurring 1:1s
      /trellis 1on1 add @name biweekly thu 14:00 30m  a recurring 1:1 with your report \
      or manager (weekly, biweekly or monthly), in your time zone

      """
          + BUDDIES;

  /** The help as commands are typed on the platform: {@code trellis pause 2w} on Teams. */
  static String on(Platform platform) {
    return asTyped(TEXT, platform);
  }

  /** The help of {@code /buddy}. */
  static String buddiesOn(Platform platform) {
    return asTyped(BUDDIES, platform);
  }

  private static String asTyped(String text, Platform platform) {
    return platform == Platform.TEAMS
        ? text.replace("/trellis ", "trellis ").replace("/buddy ", "buddy ")
        : text;
  }

  private HelpText() {}
}

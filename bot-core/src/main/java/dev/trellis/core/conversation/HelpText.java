package dev.trellis.core.conversation;

import dev.trellis.core.message.Platform;

/** The answer to "help". */
final class HelpText {

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
      or manager (weekly, biweekly or monthly), in your time zone""";

  /** The help as commands are typed on the platform: {@code trellis pause 2w} on Teams. */
  static String on(Platform platform) {
    return platform == Platform.TEAMS ? TEXT.replace("/trellis ", "trellis ") : TEXT;
  }

  private HelpText() {}
}

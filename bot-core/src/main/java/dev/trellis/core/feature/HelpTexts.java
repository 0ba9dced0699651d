package dev.trellis.core.feature;

import dev.trellis.core.message.Platform;

/** Help is written as typed on Slack; on Teams the same commands are typed without the slash. */
public final class HelpTexts {

  private HelpTexts() {}

  /** The help as commands are typed on the platform: {@code trellis pause 2w} on Teams. */
  public static String asTyped(String text, Platform platform) {
    return platform == Platform.TEAMS
        ? text.replace("/trellis ", "trellis ")
            .replace("/buddy ", "buddy ")
            .replace("/feedback", "feedback")
        : text;
  }
}

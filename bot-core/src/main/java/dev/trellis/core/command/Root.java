package dev.trellis.core.command;

import java.util.Optional;

/** The three command words, and the sub-commands each takes (for the usage of an unknown one). */
enum Root {
  TRELLIS(
      "trellis",
      "help [topic], history [n], settings, pause <n>w|<n>d, resume, 1on1 add|list,"
          + " goal add|list|next|done|drop|share|unshare, my-data, forget-me"),
  BUDDY(
      "buddy",
      "join, leave, pause <n>w|<n>d, propose <when>, accept, done [note], skip, status, help"),
  FEEDBACK(
      "feedback",
      "ask <person> [<person> …] about <topic>, give <person> [about <topic>], given, help;"
          + " alone: what waits for you");

  final String word;
  final String subCommands;

  Root(String word, String subCommands) {
    this.word = word;
    this.subCommands = subCommands;
  }

  /** Reads a root word, with or without its slash, in any case. */
  static Optional<Root> of(String word) {
    String w = Words.keyword(word.strip());
    String bare = w.startsWith("/") ? w.substring(1) : w;
    for (Root root : values()) {
      if (root.word.equals(bare)) {
        return Optional.of(root);
      }
    }
    return Optional.empty();
  }
}

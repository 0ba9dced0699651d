package dev.trellis.core.command;

/** The syntax of each sub-command, with an example where one helps. */
enum Syntax {
  TRELLIS_HELP(Root.TRELLIS, "help [topic]", "help pause"),
  HISTORY(Root.TRELLIS, "history [n]  (n from 1 to 50, 10 if left out)", "history 20"),
  SETTINGS(Root.TRELLIS, "settings", ""),
  SETTINGS_PLATFORM(Root.TRELLIS, "settings platform slack|teams|auto", "settings platform teams"),
  TRELLIS_PAUSE(Root.TRELLIS, "pause <n>w|<n>d", "pause 2w"),
  RESUME(Root.TRELLIS, "resume", ""),
  ONE_ON_ONE_ADD(
      Root.TRELLIS,
      "1on1 add <person> <weekly|biweekly|monthly> <weekday> <HH:mm> <duration>",
      "1on1 add @alice biweekly thu 14:00 30m"),
  ONE_ON_ONE_LIST(Root.TRELLIS, "1on1 list", ""),
  GOAL_ADD(
      Root.TRELLIS,
      "goal add <text> [--direction grow|lateral|stretch|mentoring|learning]",
      "goal add Learn Kubernetes --direction lateral"),
  GOAL_LIST(Root.TRELLIS, "goal list", ""),
  GOAL_NEXT(Root.TRELLIS, "goal next <n> <next step>", "goal next 1 Read the Kubernetes docs"),
  GOAL_DONE(Root.TRELLIS, "goal done <n>", "goal done 1"),
  GOAL_DROP(Root.TRELLIS, "goal drop <n>", "goal drop 1"),
  GOAL_SHARE(Root.TRELLIS, "goal share <n>", "goal share 1"),
  GOAL_UNSHARE(Root.TRELLIS, "goal unshare <n>", "goal unshare 1"),
  MY_DATA(Root.TRELLIS, "my-data", ""),
  FORGET_ME(Root.TRELLIS, "forget-me", ""),
  BUDDY_JOIN(Root.BUDDY, "join [cohort]", "join Career lab"),
  BUDDY_LEAVE(Root.BUDDY, "leave [cohort]", ""),
  BUDDY_PAUSE(Root.BUDDY, "pause <n>w|<n>d", "pause 4w"),
  BUDDY_PROPOSE(Root.BUDDY, "propose <when>", "propose tomorrow 15:00"),
  BUDDY_ACCEPT(Root.BUDDY, "accept", ""),
  BUDDY_DONE(Root.BUDDY, "done [note]", "done We compared career maps"),
  BUDDY_SKIP(Root.BUDDY, "skip", ""),
  BUDDY_STATUS(Root.BUDDY, "status", ""),
  BUDDY_HELP(Root.BUDDY, "help", ""),
  FEEDBACK_ASK(
      Root.FEEDBACK, "ask <person> [<person> …] about <topic>", "ask @bob about my design review"),
  FEEDBACK_GIVE(Root.FEEDBACK, "give <person> [about <topic>]", "give @bob about the demo"),
  FEEDBACK_GIVEN(Root.FEEDBACK, "given", ""),
  FEEDBACK_HELP(Root.FEEDBACK, "help", "");

  final Root root;
  final String syntax;
  final String example;

  Syntax(Root root, String syntax, String example) {
    this.root = root;
    this.syntax = syntax;
    this.example = example;
  }
}

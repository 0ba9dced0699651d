package dev.trellis.core.buddy;

import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.HelpTexts;
import dev.trellis.core.feature.HelpTopic;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Field;
import java.util.List;

/**
 * Career buddies: {@code /buddy}, the meetup buttons, the counter-proposal form and the halfway
 * nudges ({@link SendingBuddyNudges}). Rounds start on their own ticker ({@link
 * RunningBuddyRounds}), which plans the nudges as steps.
 */
public final class BuddyFeature implements Feature {

  /** Where the buddy line shows on the home view: after the settings. */
  public static final int HOME_PLACE = 40;

  static final String HELP =
      """
      Career buddies meet every few weeks to talk through each other's career maps.

      /buddy status  your buddy, the times proposed and your earlier rounds
      /buddy propose fri 10:30  a time to meet, in your time zone (also tomorrow 15:00 \
      or 2026-12-03 09:00)
      /buddy accept  the time your buddy proposed
      /buddy done [note]  you met; the note is private to you
      /buddy skip  this round does not work for you
      /buddy join [cohort] · /buddy leave [cohort] · /buddy pause 4w""";

  private final RunningBuddyCommands commands;
  private final CoordinatingMeetups meetups;
  private final SendingBuddyNudges nudges;
  private final BuddyExport export;
  private final BuddyCounts counts;

  public BuddyFeature(
      RunningBuddyCommands commands,
      CoordinatingMeetups meetups,
      SendingBuddyNudges nudges,
      BuddyExport export,
      BuddyCounts counts) {
    this.counts = counts;
    this.commands = commands;
    this.meetups = meetups;
    this.nudges = nudges;
    this.export = export;
  }

  @Override
  public void register(Routes routes) {
    for (Class<? extends BuddyCommand> type :
        List.of(
            BuddyCommand.Join.class,
            BuddyCommand.Leave.class,
            BuddyCommand.Pause.class,
            BuddyCommand.Propose.class,
            BuddyCommand.Accept.class,
            BuddyCommand.Done.class,
            BuddyCommand.Skip.class,
            BuddyCommand.Status.class)) {
      routes.command(type, (command, asked) -> commands.run(asked.person(), command, asked.at()));
    }
    routes
        .command(
            BuddyCommand.Help.class,
            (c, asked) -> Response.sayWhereAsked(HelpTexts.asTyped(HELP, asked.platform())))
        .buttons("buddy", meetups::press)
        .form(MeetupActions.COUNTER, meetups::submit)
        .steps(nudges)
        .helpTopic(new HelpTopic("budd", HELP))
        .home(
            HOME_PLACE,
            (person, now) -> List.of(new Field("Career buddy", commands.glance(person, now))))
        .index(IndexSpec.on("cohorts", "org", "orgId"))
        .index(IndexSpec.on("cohort_members", "org_cohort", "orgId", "cohortId"))
        .index(IndexSpec.on("buddy_rounds", "org_cohort", "orgId", "cohortId"))
        .index(IndexSpec.on("buddy_rounds", "org_started", "orgId", "startedAt"))
        .index(IndexSpec.on("buddy_meetups", "org_round", "orgId", "round"))
        .erases(nudges.erasure(commands.assignments()))
        .exports(export)
        .counts(counts);
  }
}

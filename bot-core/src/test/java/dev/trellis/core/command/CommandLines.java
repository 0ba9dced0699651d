package dev.trellis.core.command;

import static dev.trellis.core.command.Line.keyword;
import static dev.trellis.core.command.Line.text;

import dev.trellis.core.command.Line.Word;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.Email;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid command lines, each with the command it must parse to. */
final class CommandLines {

  private record Named(Word word, PersonRef ref) {}

  private record Spelled(List<Word> words, Duration duration) {}

  private CommandLines() {}

  static Arbitrary<Line> valid() {
    return Arbitraries.oneOf(
        pauses(), oneOnOnes(), goals(), asks(), proposals(), dones(), histories(), fixed());
  }

  static Arbitrary<Line> pauses() {
    Arbitrary<Line> weeks =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 52),
                Arbitraries.of("w", "wk", "week", "weeks"),
                Arbitraries.of(true, false))
            .as((buddy, n, unit, spaced) -> pause(buddy, n, unit, spaced, Period.ofWeeks(n)));
    Arbitrary<Line> days =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 365),
                Arbitraries.of("d", "day", "days"),
                Arbitraries.of(true, false))
            .as((buddy, n, unit, spaced) -> pause(buddy, n, unit, spaced, Period.ofDays(n)));
    return Arbitraries.oneOf(weeks, days);
  }

  static Arbitrary<Line> oneOnOnes() {
    return Combinators.combine(
            persons(),
            Arbitraries.of(Cadence.class),
            Arbitraries.of(DayOfWeek.class),
            Arbitraries.integers().between(3, 9),
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            Arbitraries.of("%d:%02d", "%02d:%02d"),
            durations())
        .as(
            (person, cadence, day, dayLength, hour, minute, clock, duration) -> {
              String dayName = day.name().toLowerCase(Locale.ROOT);
              List<Word> words = new ArrayList<>();
              words.add(keyword("1on1"));
              words.add(keyword("add"));
              words.add(person.word());
              words.add(keyword(cadence.name().toLowerCase(Locale.ROOT)));
              words.add(keyword(dayName.substring(0, Math.min(dayLength, dayName.length()))));
              words.add(text(String.format(clock, hour, minute)));
              words.addAll(duration.words());
              return new Line(
                  "trellis",
                  words,
                  new TrellisCommand.AddOneOnOne(
                      person.ref(), cadence, day, LocalTime.of(hour, minute), duration.duration()));
            });
  }

  static Arbitrary<Line> goals() {
    return Combinators.combine(
            plainWords(1, 8),
            Arbitraries.of(GoalDirection.class).optional(),
            Arbitraries.of(true, false))
        .as(
            (text, direction, optionFirst) -> {
              List<Word> option =
                  direction
                      .map(d -> List.of(keyword("--direction"), keyword(d.word())))
                      .orElse(List.of());
              List<Word> words = new ArrayList<>(List.of(keyword("goal"), keyword("add")));
              words.addAll(optionFirst ? option : List.of());
              text.forEach(w -> words.add(text(w)));
              words.addAll(optionFirst ? List.of() : option);
              return new Line(
                  "trellis",
                  words,
                  new TrellisCommand.AddGoal(
                      String.join(" ", text), direction.orElse(GoalDirection.GROW)));
            });
  }

  static Arbitrary<Line> asks() {
    return Combinators.combine(persons(), plainWords(1, 8))
        .as(
            (person, topic) -> {
              List<Word> words =
                  new ArrayList<>(List.of(keyword("ask"), person.word(), keyword("about")));
              topic.forEach(w -> words.add(text(w)));
              return new Line(
                  "feedback",
                  words,
                  new FeedbackCommand.Ask(person.ref(), String.join(" ", topic)));
            });
  }

  static Arbitrary<Line> proposals() {
    return plainWords(1, 6)
        .map(
            when -> {
              List<Word> words = new ArrayList<>(List.of(keyword("propose")));
              when.forEach(w -> words.add(text(w)));
              return new Line("buddy", words, new BuddyCommand.Propose(String.join(" ", when)));
            });
  }

  static Arbitrary<Line> dones() {
    return plainWords(0, 8)
        .map(
            note -> {
              List<Word> words = new ArrayList<>(List.of(keyword("done")));
              note.forEach(w -> words.add(text(w)));
              Optional<String> expected =
                  note.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", note));
              return new Line("buddy", words, new BuddyCommand.Done(expected));
            });
  }

  static Arbitrary<Line> histories() {
    return Arbitraries.integers()
        .between(1, 50)
        .optional()
        .map(
            n ->
                new Line(
                    "trellis",
                    n.map(c -> List.of(keyword("history"), keyword(c.toString())))
                        .orElse(List.of(keyword("history"))),
                    new TrellisCommand.History(n.orElse(10))));
  }

  static Arbitrary<Line> fixed() {
    return Arbitraries.of(
        line("trellis", new TrellisCommand.Help(Optional.empty()), "help"),
        line("trellis", new TrellisCommand.Help(Optional.of("pause")), "help", "pause"),
        line("trellis", new TrellisCommand.Settings(), "settings"),
        line("trellis", new TrellisCommand.Resume(), "resume"),
        line("trellis", new TrellisCommand.ListOneOnOnes(), "1on1", "list"),
        line("trellis", new TrellisCommand.ListGoals(), "goal", "list"),
        line("trellis", new TrellisCommand.ExportMyData(), "my-data"),
        line("trellis", new TrellisCommand.ForgetMe(), "forget-me"),
        line("trellis", new TrellisCommand.ForgetMe(), "delete-my-data"),
        line("buddy", new BuddyCommand.Join(), "join"),
        line("buddy", new BuddyCommand.Leave(), "leave"),
        line("buddy", new BuddyCommand.Accept(), "accept"),
        line("buddy", new BuddyCommand.Skip(), "skip"),
        line("buddy", new BuddyCommand.Status(), "status"),
        line("buddy", new BuddyCommand.Help(), "help"),
        line("feedback", new FeedbackCommand.Help(), "help"));
  }

  private static Line line(String root, Command expected, String... keywords) {
    return new Line(root, List.of(keywords).stream().map(Line::keyword).toList(), expected);
  }

  private static Line pause(boolean buddy, int n, String unit, boolean spaced, Period period) {
    List<Word> words =
        spaced
            ? List.of(keyword("pause"), keyword(Integer.toString(n)), keyword(unit))
            : List.of(keyword("pause"), keyword(n + unit));
    Command expected = buddy ? new BuddyCommand.Pause(period) : new TrellisCommand.Pause(period);
    return new Line(buddy ? "buddy" : "trellis", words, expected);
  }

  private static Arbitrary<Named> persons() {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<Named> handles = names.map(n -> new Named(text("@" + n), new PersonRef.Handle(n)));
    Arbitrary<Named> emails =
        Combinators.combine(names, names)
            .as(
                (local, domain) -> {
                  String address = local + "@" + domain + ".com";
                  return new Named(
                      keyword(address), new PersonRef.EmailAddress(new Email(address)));
                });
    Arbitrary<Named> mentions =
        Combinators.combine(
                Arbitraries.strings()
                    .withCharRange('A', 'Z')
                    .withCharRange('0', '9')
                    .ofMinLength(2)
                    .ofMaxLength(10),
                names.optional())
            .as(
                (id, name) ->
                    new Named(
                        text("<@U" + id + name.map(n -> "|" + n).orElse("") + ">"),
                        new PersonRef.SlackMention("U" + id, name)));
    return Arbitraries.oneOf(handles, emails, mentions);
  }

  /** A 1:1 length of 15 to 480 minutes, spelled in one of the ways people type it. */
  private static Arbitrary<Spelled> durations() {
    return Arbitraries.integers()
        .between(15, 480)
        .flatMap(
            minutes -> {
              Duration duration = Duration.ofMinutes(minutes);
              List<List<Word>> spellings = new ArrayList<>();
              spellings.add(List.of(keyword(minutes + "m")));
              spellings.add(List.of(keyword(minutes + "min")));
              if (minutes >= 60) {
                String hours = minutes / 60 + "h";
                int rest = minutes % 60;
                spellings.add(
                    rest == 0 ? List.of(keyword(hours)) : List.of(keyword(hours + rest + "m")));
                spellings.add(
                    rest == 0
                        ? List.of(keyword(minutes / 60 + "hours"))
                        : List.of(keyword(hours), keyword(rest + "m")));
              }
              return Arbitraries.of(spellings).map(words -> new Spelled(words, duration));
            });
  }

  /** Words of letters and digits, none a keyword where they stand. */
  private static Arbitrary<List<String>> plainWords(int min, int max) {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(":.,!?éß")
        .ofMinLength(1)
        .ofMaxLength(12)
        .list()
        .ofMinSize(min)
        .ofMaxSize(max);
  }
}

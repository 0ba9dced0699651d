package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.WorkingDays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/** Reads {@code 1on1 add <person> <cadence> <weekday> <HH:mm> <duration>} and {@code 1on1 list}. */
final class OneOnOneParser {

  private final Usages usages;

  OneOnOneParser(Usages usages) {
    this.usages = usages;
  }

  ParseResult parse(Words words) {
    Optional<String> sub = words.nextKeyword();
    if (sub.isPresent() && sub.get().equals("add")) {
      return add(words);
    }
    if (sub.isPresent() && sub.get().equals("list")) {
      return alone(words, usages, Syntax.ONE_ON_ONE_LIST, new TrellisCommand.ListOneOnOnes());
    }
    return usages.of(Syntax.ONE_ON_ONE_ADD, Syntax.ONE_ON_ONE_LIST);
  }

  private ParseResult add(Words words) {
    Fields fields = new Fields(words);
    Optional<PersonRef> person =
        fields.next(PersonRef::parse, "", " is not a person: use @name or an email address.");
    Optional<Cadence> cadence =
        fields.next(
            OneOnOneParser::cadence,
            "Say how often: weekly, biweekly or monthly.",
            " is not weekly, biweekly or monthly.");
    Optional<DayOfWeek> weekday =
        fields.next(
            WorkingDays::parseDay,
            "Say the weekday, like thu.",
            " is not a weekday: use mon, tue … sun.");
    Optional<LocalTime> start =
        fields.next(
            TimeWords::clock,
            "Say the start time as HH:mm, like 14:00.",
            " is not a time: use HH:mm, like 14:00.");
    Optional<Duration> duration =
        fields.rest(
            TimeWords::oneOnOneLength,
            "Say how long, like 30m, 1h or 1h30m.",
            " is not a length from 15m to 8h: use 30m, 1h, 1h30m or 90m.");
    if (fields.failed()) {
      return usages.of(fields.problem(), Syntax.ONE_ON_ONE_ADD);
    }
    return parsed(
        new TrellisCommand.AddOneOnOne(
            person.get(), cadence.get(), weekday.get(), start.get(), duration.get()));
  }

  private static Optional<Cadence> cadence(String word) {
    String w = Words.keyword(word);
    if (w.equals("bi-weekly") || w.equals("fortnightly")) {
      return Optional.of(Cadence.BIWEEKLY);
    }
    return Cadence.parse(w);
  }
}

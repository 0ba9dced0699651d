package dev.trellis.core.command;

import java.time.Period;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code pause <n>w|<n>d} (also {@code 2 weeks}, {@code 10 days}) for both roots. */
final class PauseParser {

  private static final Pattern AMOUNT =
      Pattern.compile("(\\d{1,6})(w|wk|wks|week|weeks|d|day|days)");
  private static final int MAX_TEXT = 24;

  private PauseParser() {}

  static ParseResult parse(
      Words words, Usages usages, Syntax syntax, Function<Period, Command> command) {
    String compact = Words.keyword(words.restAsText()).replace(" ", "");
    Matcher m = AMOUNT.matcher(compact);
    if (compact.isEmpty() || compact.length() > MAX_TEXT || !m.matches()) {
      return usages.of(syntax);
    }
    int amount = Integer.parseInt(m.group(1));
    boolean weeks = m.group(2).startsWith("w");
    Optional<Period> period =
        weeks
            ? within(amount, Limits.MAX_PAUSE_WEEKS).map(Period::ofWeeks)
            : within(amount, Limits.MAX_PAUSE_DAYS).map(Period::ofDays);
    if (period.isEmpty()) {
      return usages.of("You can pause for 1 to 52 weeks, or 1 to 365 days.", syntax);
    }
    return new ParseResult.Parsed(command.apply(period.get()));
  }

  private static Optional<Integer> within(int amount, int max) {
    return amount >= 1 && amount <= max ? Optional.of(amount) : Optional.empty();
  }
}

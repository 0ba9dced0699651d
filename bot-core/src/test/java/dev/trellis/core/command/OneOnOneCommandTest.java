package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.command.TrellisCommand.AddOneOnOne;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.Email;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OneOnOneCommandTest {

  private static final String ADD_USAGE =
      "Usage: /trellis 1on1 add <person> <weekly|biweekly|monthly> <weekday> <HH:mm> <duration>"
          + "  — for example /trellis 1on1 add @alice biweekly thu 14:00 30m";

  @Test
  void shouldParseTheExampleFromTheDesign() {
    assertThat(parsed("trellis", "1on1 add @alice biweekly thu 14:00 30m"))
        .isEqualTo(
            new AddOneOnOne(
                new PersonRef.Handle("alice"),
                Cadence.BIWEEKLY,
                DayOfWeek.THURSDAY,
                LocalTime.of(14, 0),
                Duration.ofMinutes(30)));
  }

  @Test
  void shouldTakeASlackMentionAndAnEmail() {
    AddOneOnOne withMention =
        (AddOneOnOne) parsed("trellis", "1on1 add <@U012AB3CD|alice> weekly mon 9:30 1h");
    AddOneOnOne withEmail =
        (AddOneOnOne) parsed("trellis", "1on1 add Alice@Example.com monthly friday 16:45 45m");

    assertThat(withMention.with())
        .isEqualTo(new PersonRef.SlackMention("U012AB3CD", Optional.of("alice")));
    assertThat(withMention.start()).isEqualTo(LocalTime.of(9, 30));
    assertThat(withEmail.with())
        .isEqualTo(new PersonRef.EmailAddress(new Email("alice@example.com")));
    assertThat(withEmail.cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(withEmail.weekday()).isEqualTo(DayOfWeek.FRIDAY);
  }

  @ParameterizedTest
  @CsvSource({
    "15m, 15",
    "30m, 30",
    "90m, 90",
    "1h, 60",
    "1h30m, 90",
    "1H30M, 90",
    "1h 30m, 90",
    "45 min, 45",
    "2 hours, 120",
    "8h, 480",
    "480m, 480"
  })
  void shouldReadTheDuration(String duration, int minutes) {
    AddOneOnOne command =
        (AddOneOnOne) parsed("trellis", "1on1 add @alice weekly tue 10:00 " + duration);

    assertThat(command.duration()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest
  @CsvSource({"fortnightly, BIWEEKLY", "bi-weekly, BIWEEKLY", "WEEKLY, WEEKLY"})
  void shouldReadCadenceWords(String word, Cadence cadence) {
    AddOneOnOne command =
        (AddOneOnOne) parsed("trellis", "1on1 add @alice " + word + " wed 10:00 30m");

    assertThat(command.cadence()).isEqualTo(cadence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1:1", "one-on-one", "1ON1"})
  void shouldAcceptOtherSpellingsOf1on1(String word) {
    assertThat(parsed("trellis", word + " list")).isEqualTo(new TrellisCommand.ListOneOnOnes());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1on1 add | ",
        "1on1 add alice weekly thu 14:00 30m | 'alice' is not a person: use @name or an email address.",
        "1on1 add @alice | Say how often: weekly, biweekly or monthly.",
        "1on1 add @alice thu 14:00 30m | 'thu' is not weekly, biweekly or monthly.",
        "1on1 add @alice weekly | Say the weekday, like thu.",
        "1on1 add @alice weekly someday 14:00 30m | 'someday' is not a weekday: use mon, tue … sun.",
        "1on1 add @alice weekly th 14:00 30m | 'th' is not a weekday: use mon, tue … sun.",
        "1on1 add @alice weekly thu | Say the start time as HH:mm, like 14:00.",
        "1on1 add @alice weekly thu 25:00 30m | '25:00' is not a time: use HH:mm, like 14:00.",
        "1on1 add @alice weekly thu 14:60 30m | '14:60' is not a time: use HH:mm, like 14:00.",
        "1on1 add @alice weekly thu 2pm 30m | '2pm' is not a time: use HH:mm, like 14:00.",
        "1on1 add @alice weekly thu 14:00 | Say how long, like 30m, 1h or 1h30m.",
        "1on1 add @alice weekly thu 14:00 10m | '10m' is not a length from 15m to 8h: use 30m, 1h, 1h30m or 90m.",
        "1on1 add @alice weekly thu 14:00 9h | '9h' is not a length from 15m to 8h: use 30m, 1h, 1h30m or 90m.",
        "1on1 add @alice weekly thu 14:00 30 | '30' is not a length from 15m to 8h: use 30m, 1h, 1h30m or 90m.",
        "1on1 add @alice weekly thu 14:00 30m extra | That is not a length from 15m to 8h: use 30m, 1h, 1h30m or 90m.",
      })
  void givenAMalformedAdd_thenItSaysWhatIsWrongAndTheAddUsage(String text, String problem) {
    String expected = problem == null ? ADD_USAGE : problem + "\n" + ADD_USAGE;

    assertThat(usage("trellis", text)).isEqualTo(expected);
  }

  @Test
  void givenNoOrAnUnknownSubCommand_thenItShowsBothUsages() {
    String both = ADD_USAGE + "\nUsage: /trellis 1on1 list";

    assertThat(usage("trellis", "1on1")).isEqualTo(both);
    assertThat(usage("trellis", "1on1 remove @alice")).isEqualTo(both);
  }

  @Test
  void givenWordsAfterList_thenItShowsTheListUsage() {
    assertThat(usage("trellis", "1on1 list all")).isEqualTo("Usage: /trellis 1on1 list");
  }
}

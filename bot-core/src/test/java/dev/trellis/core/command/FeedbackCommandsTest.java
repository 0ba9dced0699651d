package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Email;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackCommandsTest {

  private static final String ASK_USAGE =
      "Usage: /feedback ask <person> [<person> …] about <topic>"
          + "  — for example /feedback ask @bob about my design review";

  @Test
  void shouldParseTheExampleFromTheDesign() {
    assertThat(parsed("feedback", "ask @bob about my design review"))
        .isEqualTo(new FeedbackCommand.Ask(new PersonRef.Handle("bob"), "my design review"));
  }

  @Test
  void shouldTakeAMentionOrAnEmailAndKeepTheTopicsCase() {
    assertThat(parsed("feedback", "ASK <@U0B0B> ABOUT The Q3 Roadmap"))
        .isEqualTo(
            new FeedbackCommand.Ask(
                new PersonRef.SlackMention("U0B0B", Optional.empty()), "The Q3 Roadmap"));
    assertThat(parsed("feedback", "ask <mailto:bob@example.com|bob@example.com> about \"my talk\""))
        .isEqualTo(
            new FeedbackCommand.Ask(
                new PersonRef.EmailAddress(new Email("bob@example.com")), "my talk"));
  }

  @Test
  void shouldKeepAboutInsideTheTopic() {
    assertThat(parsed("feedback", "ask @bob about how I talk about risks"))
        .isEqualTo(new FeedbackCommand.Ask(new PersonRef.Handle("bob"), "how I talk about risks"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ask @bob | Put 'about' and a topic after the person.",
        "ask @bob my design review | Put 'about' and a topic after the person.",
        "ask @bob about | Say what the feedback is about.",
        "ask @bob about \"\" | Say what the feedback is about.",
        "ask bob about my design review | 'bob' is not a person: use @name or an email address.",
        "ask about my design review | 'about' is not a person: use @name or an email address.",
      })
  void givenAMalformedAsk_thenItSaysWhatIsWrongAndTheAskUsage(String text, String problem) {
    assertThat(usage("feedback", text)).isEqualTo(problem + "\n" + ASK_USAGE);
  }

  @Test
  void givenAskAlone_thenItShowsTheAskUsage() {
    assertThat(usage("feedback", "ask")).isEqualTo(ASK_USAGE);
  }

  @Test
  void givenATooLongTopic_thenItAsksForAShorterOne() {
    assertThat(usage("feedback", "ask @bob about " + "x".repeat(301)))
        .isEqualTo("Keep the topic to 300 characters (that one has 301).\n" + ASK_USAGE);
    assertThat(parsed("feedback", "ask @bob about " + "x".repeat(300)))
        .isEqualTo(new FeedbackCommand.Ask(new PersonRef.Handle("bob"), "x".repeat(300)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "HELP", "?"})
  void givenHelp_thenItIsFeedbackHelp(String text) {
    assertThat(parsed("feedback", text)).isEqualTo(new FeedbackCommand.Help());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void givenNothingAfterFeedback_thenItIsTheOverview(String text) {
    assertThat(parsed("feedback", text)).isEqualTo(new FeedbackCommand.Overview());
  }

  @Test
  void shouldAskSeveralPeopleAtOnceEachOnce() {
    assertThat(parsed("feedback", "ask @bob <@U0CAROL> @bob carol@example.com about my talk"))
        .isEqualTo(
            new FeedbackCommand.Ask(
                List.of(
                    new PersonRef.Handle("bob"),
                    new PersonRef.SlackMention("U0CAROL", Optional.empty()),
                    new PersonRef.EmailAddress(new Email("carol@example.com"))),
                "my talk"));
  }

  @Test
  void givenMoreThanTenPeople_thenItAsksForFewer() {
    String eleven =
        String.join(
            " ", java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "@p" + i).toList());
    assertThat(usage("feedback", "ask " + eleven + " about my talk"))
        .isEqualTo("Ask at most 10 people at once.\n" + ASK_USAGE);
  }

  @Test
  void shouldGiveWithOrWithoutATopic() {
    assertThat(parsed("feedback", "give @bob"))
        .isEqualTo(new FeedbackCommand.Give(new PersonRef.Handle("bob"), Optional.empty()));
    assertThat(parsed("feedback", "GIVE @bob ABOUT the Demo"))
        .isEqualTo(new FeedbackCommand.Give(new PersonRef.Handle("bob"), Optional.of("the Demo")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "give bob | 'bob' is not a person: use @name or an email address.",
        "give @bob great job | Give feedback to one person; put 'about' before a topic.",
        "give @bob about | Say what the feedback is about, or leave out 'about'.",
      })
  void givenAMalformedGive_thenItSaysWhatIsWrongAndTheGiveUsage(String text, String problem) {
    assertThat(usage("feedback", text))
        .isEqualTo(
            problem
                + "\nUsage: /feedback give <person> [about <topic>]"
                + "  — for example /feedback give @bob about the demo");
  }

  @Test
  void givenAnOverLongGiveTopic_thenItSaysHowLong() {
    assertThat(usage("feedback", "give @bob about " + "y".repeat(350)))
        .startsWith("Keep the topic to 300 characters (that one has 350).\n");
  }

  @Test
  void shouldReadGivenAloneOnly() {
    assertThat(parsed("feedback", "given")).isEqualTo(new FeedbackCommand.Given());
    assertThat(usage("feedback", "given all")).isEqualTo("Usage: /feedback given");
  }

  @Test
  void givenAnUnknownSubCommand_thenItListsTheFeedbackCommands() {
    assertThat(usage("feedback", "send @bob great job"))
        .isEqualTo(
            "'send' is not a /feedback command. Try /feedback with:"
                + " ask <person> [<person> …] about <topic>, give <person> [about <topic>],"
                + " given, help; alone: what waits for you");
  }
}

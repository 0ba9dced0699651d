package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Email;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackCommandsTest {

  private static final String ASK_USAGE =
      "Usage: /feedback ask <person> about <topic>"
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
    assertThat(usage("feedback", "ask @bob about " + "x".repeat(201)))
        .isEqualTo("Keep the topic under 200 characters.\n" + ASK_USAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "help", "HELP", "?"})
  void givenNoTextOrHelp_thenItIsFeedbackHelp(String text) {
    assertThat(parsed("feedback", text)).isEqualTo(new FeedbackCommand.Help());
  }

  @Test
  void givenAnUnknownSubCommand_thenItListsTheFeedbackCommands() {
    assertThat(usage("feedback", "give @bob great job"))
        .isEqualTo(
            "'give' is not a /feedback command. Try /feedback with:"
                + " ask <person> about <topic>, help");
  }
}

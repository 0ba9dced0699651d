package dev.trellis.core.echo;

import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.conversation.LastUsedPlatforms;
import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A feature registered only through its routes is reached through the router like any other. */
class EchoFeatureTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private final Person ann = aPerson().withSlackUserId("U0ANN0001").build();
  private Routes routes;
  private ConversationEngine engine;

  @BeforeEach
  void setUp() {
    routes = Routes.of(List.of(new EchoFeature()));
    engine =
        new ConversationEngine(
            new InMemoryPeople().given(ann),
            routes,
            new MongoUnreachableRecipients(mongo.db()),
            LastUsedPlatforms.NONE);
  }

  @Test
  void theSlashCommandRunsTheFeaturesCommandWithAButton() {
    Response.Reply reply = (Response.Reply) command("trellis", "echo hello there");

    assertThat(reply.message().text()).isEqualTo("hello there");
    assertThat(reply.message().buttons())
        .extracting(b -> b.actionId())
        .containsExactly(EchoFeature.AGAIN);
  }

  @Test
  void wordsTypedToTheBotRunTheCommandWithOrWithoutTheRootWord() {
    assertThat(text(typed("echo hi"))).isEqualTo("hi");
    assertThat(text(typed("trellis echo hi"))).isEqualTo("hi");
  }

  @Test
  void theCommandWithoutWordsGetsItsUsageLineAsTypedOnThePlatform() {
    assertThat(text(command("trellis", "echo"))).isEqualTo("Usage: /trellis echo <words>");
  }

  @Test
  void theButtonOfItsNamespaceGoesToTheFeature() {
    Response response =
        engine.handle(
            new ButtonPress(
                ann.orgId(),
                ann.id(),
                Platform.SLACK,
                NOW,
                EchoFeature.AGAIN,
                "hi",
                Optional.empty(),
                ""));

    assertThat(text(response)).isEqualTo("hi hi");
    assertThat(((Response.Reply) response).replacesOriginal()).isTrue();
  }

  @Test
  void itsFormGoesToTheFeature() {
    Response response =
        engine.handle(
            new FormSubmission(
                ann.orgId(),
                ann.id(),
                Platform.SLACK,
                NOW,
                EchoFeature.SUBMIT,
                "",
                Map.of(EchoFeature.WORDS_INPUT, "from the form")));

    assertThat(text(response)).isEqualTo("from the form");
  }

  @Test
  void helpShowsItsLineAndTheHomeItsField() {
    assertThat(text(command("trellis", "help")))
        .contains("/trellis echo <words>  says your words back");
    assertThat(new ShowingHome(routes).homeOf(ann, NOW).fields())
        .contains(new Field("Echo", "Try /trellis echo hello"));
  }

  @Test
  void aButtonOfNoFeatureIsNoLongerInUse() {
    Response response =
        engine.handle(
            new ButtonPress(
                ann.orgId(),
                ann.id(),
                Platform.SLACK,
                NOW,
                new dev.trellis.core.message.ActionId("reflection.skip"),
                "",
                Optional.empty(),
                ""));

    assertThat(text(response)).isEqualTo("That button is no longer in use.");
  }

  private Response command(String root, String text) {
    return engine.handle(
        new CommandLine(ann.orgId(), ann.id(), Platform.SLACK, NOW, root, text, ""));
  }

  private Response typed(String text) {
    return engine.handle(new TextReply(ann.orgId(), ann.id(), Platform.TEAMS, NOW, text));
  }

  private static String text(Response response) {
    return ((Response.Reply) response).message().text();
  }
}

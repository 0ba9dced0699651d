package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Words typed to the bot with no question open: a command, a wrong command, or chat. */
class TypedCommandsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  @Test
  void aCommandRunsAWrongOneGetsItsUsageAndChatGetsAPointerToHelp() {
    EngineHarness trellis =
        new EngineHarness(mongo.db(), Instant.parse("2026-11-24T09:00:00Z"), "one");
    Person ann = aPerson().withSlackUserId("U0ANN0001").build();
    trellis.add(ann);

    assertThat(text(trellis.reply(ann, "pause 2w"))).startsWith("Paused until");
    assertThat(text(trellis.reply(ann, "pause forever"))).contains("Usage: /trellis pause");
    assertThat(text(trellis.reply(ann, "trellis 1on1 add nobody"))).contains("Usage:");
    assertThat(text(trellis.reply(ann, "hello there")))
        .contains("did not understand that as a command");
  }

  private static String text(Response response) {
    return ((Response.Reply) response).message().text();
  }
}

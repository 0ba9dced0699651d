package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which answers may be shown where the person asked (a channel) and which only to them: every
 * answer is personal unless it plainly carries nothing of theirs.
 */
class PersonalAnswersTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  EngineHarness trellis;
  Person ann;

  @BeforeEach
  void givenAnn() {
    trellis = new EngineHarness(mongo.db(), Instant.parse("2026-11-24T09:00:00Z"), "one");
    ann = aPerson().withSlackUserId("U0ANN0001").build();
    trellis.add(ann);
  }

  @Test
  void aReplyIsPersonalUnlessMarkedOtherwise() {
    OutboundMessage message = OutboundMessage.builder("anything").build();

    assertThat(new Response.Reply(message, false).personal()).isTrue();
    assertThat(new Response.Reply(message, true).personal()).isTrue();
    assertThat(Response.say("anything").personal()).isTrue();
    assertThat(Response.replace("anything").personal()).isTrue();
    assertThat(Response.sayWhereAsked("anything").personal()).isFalse();
    assertThat(Response.replace("x").shownWhereAsked())
        .isEqualTo(new Response.Reply(OutboundMessage.builder("x").build(), true, false));
  }

  @Test
  void whatCarriesThePersonsOwnContentIsPersonal() {
    trellis.command(ann, "pause 2w");

    assertThat(trellis.command(ann, "history").personal()).isTrue();
    assertThat(trellis.command(ann, "settings").personal()).isTrue();
    assertThat(trellis.command(ann, "1on1 list").personal()).isTrue();
    assertThat(trellis.command(ann, "resume").personal()).isTrue();
    assertThat(trellis.buddy(ann, "status").personal()).isTrue();
    assertThat(trellis.buddy(ann, "done a note of mine").personal()).isTrue();
    assertThat(trellis.reply(ann, "hello there").personal()).isTrue();
  }

  @Test
  void helpUsageLinesAndStaleButtonsMayBeShownWhereAsked() {
    assertThat(trellis.command(ann, "help").personal()).isFalse();
    assertThat(trellis.command(ann, "help buddies").personal()).isFalse();
    assertThat(trellis.buddy(ann, "help").personal()).isFalse();
    assertThat(trellis.command(ann, "pause forever").personal()).isFalse();
    assertThat(trellis.buddy(ann, "propose").personal()).isFalse();
    assertThat(pressOf("gone.button").personal()).isFalse();
  }

  private Response pressOf(String action) {
    return trellis.engine.handle(
        new ButtonPress(
            ann.orgId(),
            ann.id(),
            Platform.SLACK,
            Instant.parse("2026-11-24T09:00:00Z"),
            new ActionId(action),
            "",
            Optional.empty(),
            "trigger-1"));
  }
}

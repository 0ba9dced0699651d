package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home view: the next 1:1 in the person's zone, the question waiting, the settings. */
class HomeTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  @Test
  void showsTheNextOneOnOneTheOpenQuestionAndThePause() {
    EngineHarness trellis =
        new EngineHarness(mongo.db(), Instant.parse("2026-11-24T09:00:00Z"), "one");
    Person maya = aPerson().withName("Maya Meyer").withSlackUserId("UMAYA0001").build();
    Person ray =
        aPerson()
            .withName("Ray Report")
            .withManager(maya)
            .withSlackUserId("URAY00001")
            .withTimeZone("America/New_York")
            .build();
    trellis.add(maya, ray);
    ShowingHome home = new ShowingHome(trellis.routes);
    trellis.command(maya, "1on1 add <@URAY00001> weekly wed 14:00 30m");

    Map<String, String> before = fields(home.homeOf(ray, trellis.clock.instant()));
    assertThat(before)
        .containsEntry("Next 1:1", "Wed 25 Nov, 08:00 with Maya Meyer")
        .containsEntry("Waiting for your answer", "Nothing right now")
        .containsEntry("Paused", "no")
        .containsEntry("Reflection prompts", "Every week on Friday at 15:00")
        .containsEntry(
            "Career buddy",
            "You are not in a buddy cohort. Your organisation has no buddy cohort yet.");

    trellis.runUntil(ray.orgId(), Instant.parse("2026-11-27T20:00:00Z"), Duration.ofMinutes(30));
    String asked = trellis.lastReceivedBy(ray).message().text();
    Map<String, String> prompted = fields(home.homeOf(ray, trellis.clock.instant()));
    assertThat(asked).contains(prompted.get("Waiting for your answer"));
    assertThat(prompted.get("Next 1:1")).isEqualTo("Wed 2 Dec, 08:00 with Maya Meyer");

    trellis.reply(ray, "More ownership of the data platform");
    trellis.command(ray, "pause 2w");
    Map<String, String> after = fields(home.homeOf(ray, trellis.clock.instant()));
    assertThat(after)
        .containsEntry("Waiting for your answer", "Nothing right now")
        .containsEntry("Paused", "until Fri 11 Dec 2026");
  }

  @Test
  void someoneMarkedUnreachableWhoActsOnThePlatformIsReachableAgain() {
    EngineHarness trellis =
        new EngineHarness(mongo.db(), Instant.parse("2026-11-24T09:00:00Z"), "one");
    Person ann = aPerson().withSlackUserId("U0ANN0001").build();
    trellis.add(ann);
    Recipient slack = Recipients.of(ann).orElseThrow();
    trellis.unreachable.mark(slack, "user_not_found", trellis.clock.instant());

    trellis.command(ann, "help");

    assertThat(trellis.unreachable.among(List.of(slack))).isEmpty();
  }

  private static Map<String, String> fields(OutboundMessage message) {
    return message.fields().stream().collect(Collectors.toMap(Field::label, Field::value));
  }
}

package dev.trellis.teams.inbound;

import static dev.trellis.teams.inbound.TeamsTestWorld.person;
import static dev.trellis.teams.inbound.TeamsTestWorld.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code fileConsent/invoke} (the person pressed Allow or Decline on a file consent card) goes to
 * the file consent answers with the person it comes from, and is answered 200 at once; the engine
 * and the inbox never see it. The activity is message.personal.json made into the invoke Microsoft
 * documents.
 */
class FileConsentInvokeTest {

  @RegisterExtension static final BotFrameworkTokens botFramework = new BotFrameworkTokens();

  static final OrgId ORG = new OrgId("contoso");
  static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  static final String MEGAN_AAD = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8";

  record Answered(Person person, String aad, JsonNode value) {}

  final Clock clock = Clock.fixed(Instant.parse("2026-03-06T14:00:00Z"), ZoneOffset.UTC);
  final TeamsTestWorld.RecordingInbox inbox = new TeamsTestWorld.RecordingInbox();
  final Person megan = person(ORG, "megan", "megan@contoso.example", MEGAN_AAD);
  final List<Answered> answered = new ArrayList<>();
  final List<Object> engineSaw = new ArrayList<>();
  final TeamsActivities activities =
      new TeamsActivities(
          botFramework.authentication(),
          new TeamsTestWorld.FakeOrgs()
              .with(new Org(ORG, "Contoso", Optional.empty(), Optional.of(TENANT))),
          new TeamsTestWorld.FakePeople().with(megan),
          new HandlingInbound(
              inbox, List.of(), clock, "test", Duration.ofMinutes(1), Runnable::run),
          i -> {
            engineSaw.add(i);
            return Response.say("ok");
          },
          new TeamsCards() {
            @Override
            public String card(OutboundMessage message) {
              return "{}";
            }

            @Override
            public String formCard(Form form) {
              return "{}";
            }
          },
          (person, aad, value) -> answered.add(new Answered(person, aad, value)),
          clock);

  @Test
  void anAcceptedConsentGoesToTheAnswersWithItsPersonAndIsAnswered200() {
    String invoke = consentInvoke("accept").toString();

    TeamsAnswer answer = activities.receive(botFramework.authorizationFor(invoke), invoke);

    assertThat(answer).isEqualTo(new TeamsAnswer(200, Optional.empty()));
    assertThat(answered).hasSize(1);
    assertThat(answered.get(0).person()).isEqualTo(megan);
    assertThat(answered.get(0).aad()).isEqualTo(MEGAN_AAD);
    assertThat(answered.get(0).value().path("action").asText()).isEqualTo("accept");
    assertThat(answered.get(0).value().at("/context/trellisFileId").asText()).isEqualTo("export-1");
    assertThat(engineSaw).isEmpty();
    assertThat(inbox.accepted).isEmpty();
  }

  @Test
  void aConsentFromSomeoneTrellisDoesNotKnowChangesNothing() {
    ObjectNode invoke = consentInvoke("decline");
    ((ObjectNode) invoke.get("from")).put("aadObjectId", "00000000-0000-0000-0000-000000000000");

    TeamsAnswer answer =
        activities.receive(botFramework.authorizationFor(invoke.toString()), invoke.toString());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answered).isEmpty();
  }

  private static ObjectNode consentInvoke(String action) {
    ObjectNode activity = tree("message.personal.json");
    activity.put("type", "invoke");
    activity.put("name", "fileConsent/invoke");
    activity.remove("text");
    ObjectNode value = activity.putObject("value");
    value.put("type", "fileUpload");
    value.put("action", action);
    value.putObject("context").put("trellisFileId", "export-1");
    ObjectNode upload = value.putObject("uploadInfo");
    upload.put("contentUrl", "https://contoso.sharepoint.com/personal/megan/Documents/x.json");
    upload.put("name", "x.json");
    upload.put("uploadUrl", "https://upload.example/session-1");
    upload.put("uniqueId", "1150D938-8870-4044-9F2C-5BBDEBA70C8C");
    upload.put("fileType", "json");
    return activity;
  }
}

package dev.trellis.teams.inbound;

import static dev.trellis.teams.inbound.TeamsTestWorld.fixture;
import static dev.trellis.teams.inbound.TeamsTestWorld.person;
import static dev.trellis.teams.inbound.TeamsTestWorld.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.CardData;
import dev.trellis.teams.send.TeamsMessageRefs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each sample activity mapped to what is stored, and on to the engine's interaction. */
class TeamsActivitiesTest {

  @RegisterExtension static final BotFrameworkTokens botFramework = new BotFrameworkTokens();

  static final OrgId ORG = new OrgId("contoso");
  static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"; // message.personal.json
  static final String MEGAN_AAD = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8";
  static final OrgId TEAM_ORG = new OrgId("fabrikam");
  static final String TEAM_TENANT = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f"; // the team samples

  final Clock clock = Clock.fixed(Instant.parse("2026-03-06T14:00:00Z"), ZoneOffset.UTC);
  final TeamsTestWorld.RecordingInbox inbox = new TeamsTestWorld.RecordingInbox();
  final Person megan = person(ORG, "megan", "megan@contoso.example", MEGAN_AAD);
  final TeamsTestWorld.FakePeople people = new TeamsTestWorld.FakePeople().with(megan);
  final TeamsTestWorld.FakeOrgs orgs =
      new TeamsTestWorld.FakeOrgs()
          .with(new Org(ORG, "Contoso", Optional.empty(), Optional.of(TENANT)))
          .with(new Org(TEAM_ORG, "Fabrikam", Optional.empty(), Optional.of(TEAM_TENANT)));
  final List<Interaction> engineSaw = new ArrayList<>();
  Response engineAnswer = Response.say("ok");
  final TeamsCards cards =
      new TeamsCards() {
        @Override
        public String card(OutboundMessage message) {
          return "{\"type\":\"AdaptiveCard\",\"version\":\"1.4\",\"body\":[{\"type\":\"TextBlock\","
              + "\"text\":\""
              + message.text()
              + "\"}]}";
        }

        @Override
        public String formCard(Form form) {
          return "{\"type\":\"AdaptiveCard\",\"version\":\"1.4\",\"body\":[]}";
        }
      };

  TeamsActivities activities(TeamsAuthentication authentication) {
    HandlingInbound inbound =
        new HandlingInbound(inbox, List.of(), clock, "test", Duration.ofMinutes(1), Runnable::run);
    return new TeamsActivities(
        authentication,
        orgs,
        people,
        inbound,
        i -> {
          engineSaw.add(i);
          return engineAnswer;
        },
        cards,
        clock);
  }

  final TeamsActivities activities = activities(botFramework.authentication());

  /** Receives the activity with the token the Bot Framework would send with it. */
  private TeamsAnswer receive(String activity) {
    return activities.receive(botFramework.authorizationFor(activity), activity);
  }

  private StoredTeamsRequest onlyStored() {
    assertThat(inbox.accepted).hasSize(1);
    InboundRequest request = inbox.accepted.get(0);
    assertThat(request.platform()).isEqualTo(Platform.TEAMS);
    return StoredTeamsRequest.fromJson(request.kind(), request.payload());
  }

  private Interaction interaction() {
    return TeamsInboundHandler.interactionOf(onlyStored(), inbox.accepted.get(0));
  }

  @Test
  void aPersonalMessageIsATextReplyForTheEngineToPlaceAndIsAcknowledgedEmpty() {
    TeamsAnswer answer = receive(fixture("message.personal.json"));

    assertThat(answer).isEqualTo(new TeamsAnswer(200, Optional.empty()));
    assertThat(inbox.accepted.get(0).key()).startsWith("teams:1485983408511:");
    StoredTeamsRequest.Message message = (StoredTeamsRequest.Message) onlyStored();
    assertThat(message.where().personal()).isTrue();
    assertThat(message.where().serviceUrl()).isEqualTo("https://smba.trafficmanager.net/amer/");
    assertThat(message.where().tenantId()).isEqualTo(TENANT);
    assertThat(message.aadObjectId()).isEqualTo(MEGAN_AAD);
    assertThat(interaction())
        .isEqualTo(
            new TextReply(
                ORG,
                megan.id(),
                Platform.TEAMS,
                clock.instant(),
                "Hello Teams TestBot.Sending bold-italic rich text"));
  }

  @Test
  void theSameActivityTwiceIsStoredOnce() {
    receive(fixture("message.personal.json"));
    receive(fixture("message.personal.json"));
    assertThat(inbox.accepted).hasSize(1);
  }

  /** message.channel.mention.json, with a tenant and the sender's AAD id added. */
  private ObjectNode channelMessage() {
    ObjectNode activity = tree("message.channel.mention.json");
    activity.putObject("channelData").putObject("tenant").put("id", TENANT);
    ((ObjectNode) activity.get("from")).put("aadObjectId", MEGAN_AAD);
    return activity;
  }

  @Test
  void aChannelMessageMentioningTheBotIsACommandWithoutTheMention() {
    // Derived: the mention is of the bot (the recipient), as when someone writes to Trellis there.
    ObjectNode activity = channelMessage();
    activity.put("text", "<at>stlrgload100</at> buddy propose tomorrow 15:00");
    ObjectNode mention = (ObjectNode) activity.get("entities").get(0);
    mention.set("mentioned", activity.get("recipient").deepCopy());
    mention.put("text", "<at>stlrgload100</at>");

    receive(activity.toString());

    CommandLine line = (CommandLine) interaction();
    assertThat(line.command()).isEmpty();
    assertThat(line.text()).isEqualTo("buddy propose tomorrow 15:00");
    assertThat(line.personId()).isEqualTo(megan.id());
  }

  @Test
  void aMentionOfSomeoneElseBecomesOneHandleOfTheirName() {
    // So a command finds them: "feedback ask @PranavSmith about …" names Pranav Smith.
    receive(channelMessage().toString());

    CommandLine line = (CommandLine) interaction();
    assertThat(line.text()).isEqualTo("Hey @PranavSmith check out this message");
  }

  @Test
  void aMessageFromAnUnknownTenantGetsAPoliteNoticeAndNothingElse() {
    receive(fixture("message.channel.mention.json")); // no tenant at all

    StoredTeamsRequest.Notice notice = (StoredTeamsRequest.Notice) onlyStored();
    assertThat(notice.text()).isEqualTo(TeamsActivities.UNKNOWN_TENANT);
    assertThat(notice.where().conversationId())
        .isEqualTo("19:aebd0ad4d6ab42c8b9ed19c251c2fc37@thread.skype;messageid=1481567603816");
    assertThat(engineSaw).isEmpty();
  }

  @Test
  void aMessageFromSomeoneUnknownGetsAPoliteNotice() {
    ObjectNode activity = tree("message.personal.json");
    ((ObjectNode) activity.get("from")).put("aadObjectId", "00000000-0000-0000-0000-000000000000");

    receive(activity.toString());

    StoredTeamsRequest.Notice notice = (StoredTeamsRequest.Notice) onlyStored();
    assertThat(notice.text()).startsWith("Trellis does not know you yet").contains("Contoso");
  }

  @Test
  void aMessageBackWithoutTrellisDataIsIgnored() {
    receive(fixture("message.card-action.value.messageback.json"));
    assertThat(inbox.accepted).isEmpty();
  }

  /** message.card-action.value.messageback.json in Megan's tenant, carrying {@code value}. */
  private ObjectNode cardAction(ObjectNode value) {
    ObjectNode activity = tree("message.card-action.value.messageback.json");
    ((ObjectNode) activity.get("channelData").get("tenant")).put("id", TENANT);
    ((ObjectNode) activity.get("from")).put("aadObjectId", MEGAN_AAD);
    activity.remove("text");
    activity.set("value", value);
    return activity;
  }

  @Test
  void aSubmittedTrellisButtonIsAButtonPressOnThatCard() {
    ObjectNode value = com.microsoft.bot.schema.Serialization.createObjectNode();
    value.put(CardData.ACTION, "reflection.skip").put(CardData.VALUE, "prompt-1");

    receive(cardAction(value).toString());

    ButtonPress press = (ButtonPress) interaction();
    assertThat(press.action().value()).isEqualTo("reflection.skip");
    assertThat(press.value()).isEqualTo("prompt-1");
    StoredTeamsRequest.Press stored = (StoredTeamsRequest.Press) onlyStored();
    assertThat(stored.aadObjectId()).isEqualTo(MEGAN_AAD);
    assertThat(stored.userId()).startsWith("29:");
    assertThat(press.message())
        .contains(
            TeamsMessageRefs.of(
                "19:malejcou081i20ojmlcau0@thread.skype;messageid=1498171086622", "1575667808184"));
  }

  @Test
  void aSubmittedTrellisFormIsAFormSubmissionWithItsInputs() {
    ObjectNode value = com.microsoft.bot.schema.Serialization.createObjectNode();
    value.put(CardData.SUBMIT, "reflection.submit").put(CardData.REFERENCE, "prompt-1");
    value.put("answer", "More mentoring");
    value.put("share", "true");
    value.putObject("msteams").put("type", "messageBack");

    receive(cardAction(value).toString());

    FormSubmission form = (FormSubmission) interaction();
    assertThat(form.submitAction().value()).isEqualTo("reflection.submit");
    assertThat(form.reference()).isEqualTo("prompt-1");
    assertThat(form.values()).isEqualTo(Map.of("answer", "More mentoring", "share", "true"));
  }

  /** invoke.adaptive-card-action.execute.partial.json inside message.personal.json's envelope. */
  private ObjectNode execute(ObjectNode data) {
    ObjectNode activity = tree("message.personal.json");
    ObjectNode invoke = tree("invoke.adaptive-card-action.execute.partial.json");
    activity.remove(List.of("text", "textFormat", "attachments"));
    activity.put("type", "invoke");
    activity.put("name", invoke.get("name").asText());
    activity.put("replyToId", "1575667808184");
    if (data != null) {
      ((ObjectNode) invoke.get("value").get("action")).set("data", data);
    }
    activity.set("value", invoke.get("value"));
    return activity;
  }

  @Test
  void anExecutedButtonIsAnsweredWithTheCardThatReplacesIt() {
    ObjectNode data = com.microsoft.bot.schema.Serialization.createObjectNode();
    data.put(CardData.ACTION, "reflection.skip").put(CardData.VALUE, "prompt-1");
    engineAnswer = Response.replace("Skipped.");

    TeamsAnswer answer = receive(execute(data).toString());

    ButtonPress press = (ButtonPress) engineSaw.get(0);
    assertThat(press.action().value()).isEqualTo("reflection.skip");
    assertThat(press.message()).isPresent();
    assertThat(inbox.accepted).isEmpty();
    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = TeamsActivityJson.tree(answer.body().orElseThrow());
    JsonNode expectedShape =
        TeamsActivityJson.tree(fixture("invoke-response.adaptive-card-action.card.json"));
    assertThat(body.get("statusCode")).isEqualTo(expectedShape.get("statusCode"));
    assertThat(body.get("type")).isEqualTo(expectedShape.get("type"));
    assertThat(body.path("value").path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(body.path("value").path("body").get(0).path("text").asText()).isEqualTo("Skipped.");
  }

  @Test
  void anExecutedButtonInAChannelIsHandledAfterSoItsAnswerCanGoToThePersonsChat() {
    ObjectNode data = com.microsoft.bot.schema.Serialization.createObjectNode();
    data.put(CardData.ACTION, "reflection.skip").put(CardData.VALUE, "prompt-1");
    ObjectNode activity = execute(data);
    // Derived: the card was in a channel of a team.
    ((ObjectNode) activity.get("conversation"))
        .put("conversationType", "channel")
        .put("id", "19:general@thread.tacv2;messageid=1575667808184");

    TeamsAnswer answer = receive(activity.toString());

    assertThat(engineSaw).isEmpty();
    StoredTeamsRequest.Press press = (StoredTeamsRequest.Press) onlyStored();
    assertThat(press.where().personal()).isFalse();
    assertThat(press.action()).isEqualTo("reflection.skip");
    assertThat(press.aadObjectId()).isEqualTo(MEGAN_AAD);
    assertThat(press.userId()).isEqualTo(activity.path("from").path("id").asText());
    assertThat(press.cardActivityId()).contains("1575667808184");
    JsonNode body = TeamsActivityJson.tree(answer.body().orElseThrow());
    assertThat(body.get("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
    assertThat(body.get("value").asText()).isEqualTo(TeamsActivities.ANSWERED_AFTER);
  }

  @Test
  void anExecutedButtonWhoseAnswerKeepsTheCardIsAnsweredWithAMessage() {
    engineAnswer = Response.say("Noted.");

    // The sample as found: verb "food", data {"item":"vegan"}; the verb is taken as the action.
    TeamsAnswer answer = receive(execute(null).toString());

    assertThat(((ButtonPress) engineSaw.get(0)).action().value()).isEqualTo("food");
    JsonNode body = TeamsActivityJson.tree(answer.body().orElseThrow());
    assertThat(body.get("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
    assertThat(body.get("value").asText()).isEqualTo("Noted.");
  }

  @Test
  void anExecutedButtonFromSomeoneUnknownIsAnsweredPolitely() {
    ObjectNode activity = execute(null);
    ((ObjectNode) activity.get("from")).put("aadObjectId", "00000000-0000-0000-0000-000000000000");

    TeamsAnswer answer = receive(activity.toString());

    assertThat(engineSaw).isEmpty();
    assertThat(TeamsActivityJson.tree(answer.body().orElseThrow()).get("value").asText())
        .startsWith("Trellis does not know you yet");
  }

  @Test
  void aBodyThatIsNotAnActivityIsABadRequest() {
    assertThat(activities.receive(null, "not json").status()).isEqualTo(400);
    assertThat(activities.receive(null, "{\"text\":\"no type\"}").status()).isEqualTo(400);
  }

  @Test
  void anActivityWithoutATokenIsUnauthorizedAndNotStored() {
    assertThat(activities.receive(null, fixture("message.personal.json")).status()).isEqualTo(401);
    assertThat(inbox.accepted).isEmpty();
  }

  @Test
  void withoutAnAppIdAndLocalTestingEveryActivityIsUnauthorizedAndNotStored() {
    TeamsActivities closed = activities(new TeamsAuthentication("", "", false));
    String personal = fixture("message.personal.json");

    assertThat(closed.receive(null, personal).status()).isEqualTo(401);
    assertThat(closed.receive(botFramework.authorizationFor(personal), personal).status())
        .isEqualTo(401);
    assertThat(inbox.accepted).isEmpty();
    assertThat(engineSaw).isEmpty();
  }

  @Test
  void otherActivityTypesAreAcknowledged() {
    ObjectNode typing = tree("message.personal.json");
    typing.put("type", "typing");
    assertThat(receive(typing.toString()).status()).isEqualTo(200);
    assertThat(inbox.accepted).isEmpty();
  }
}

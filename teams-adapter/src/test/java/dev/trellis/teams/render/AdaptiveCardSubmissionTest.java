package dev.trellis.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round trips through the Teams activities in /work/shared/fixtures/teams: the card's submit data
 * goes in the activity's value (as Teams merges it with the inputs), the activity is read with the
 * SDK's own Jackson set-up, and {@link CardSubmission#read} gets what the SDK hands over.
 */
class AdaptiveCardSubmissionTest {

  static final Path FIXTURES = Path.of("/work/shared/fixtures/teams");

  static ObjectNode fixture(String name) throws IOException {
    return (ObjectNode) Serialization.jsonToTree(Files.readString(FIXTURES.resolve(name)));
  }

  static Activity activity(JsonNode json) {
    return Serialization.treeToValue(json, Activity.class);
  }

  /** The data of a card's action, merged with input values as Teams does on Action.Submit. */
  static ObjectNode submitted(AdaptiveCard card, int action, Map<String, Object> inputs) {
    ObjectNode value = card.content().get("actions").get(action).get("data").deepCopy();
    inputs.forEach((k, v) -> value.set(k, Serialization.objectToTree(v)));
    return value;
  }

  @Test
  void buttonPressInAMessageActivity() throws IOException {
    AdaptiveCard card = AdaptiveCards.message(AdaptiveCardsTest.rich());
    ObjectNode json = fixture("message.card-action.value.messageback.json");
    json.set("value", submitted(card, 2, Map.of()));
    json.remove("text");

    Optional<CardSubmission> read = CardSubmission.read(activity(json).getValue());

    assertThat(read)
        .contains(new CardSubmission.ButtonPressed(new ActionId("agenda.stop"), "oo-1", Map.of()));
  }

  @Test
  void buttonPressCarriesTheMessagesInputs() throws IOException {
    OutboundMessage message =
        OutboundMessage.builder("Answer")
            .input(AdaptiveCardsTest.ANSWER)
            .button(dev.trellis.core.message.Button.primary("reflection.answer", "Send", "p1"))
            .build();
    ObjectNode json = fixture("message.card-action.value.messageback.json");
    json.set(
        "value",
        submitted(AdaptiveCards.message(message), 0, Map.of("answer", "I learnt to delegate")));

    assertThat(CardSubmission.read(activity(json).getValue()))
        .contains(
            new CardSubmission.ButtonPressed(
                new ActionId("reflection.answer"), "p1", Map.of("answer", "I learnt to delegate")));
  }

  @Test
  void formSubmissionWithEveryInputAndNonStringValues() throws IOException {
    Form form =
        new Form(
            new ActionId("reflection.submit"),
            "Reflection",
            List.of(
                AdaptiveCardsTest.ANSWER,
                AdaptiveCardsTest.NEXT,
                AdaptiveCardsTest.SHARE,
                AdaptiveCardsTest.DAY,
                AdaptiveCardsTest.TIME),
            "Save",
            "p-42");
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("answer", "More **coaching** [x](y)");
    inputs.put("next_step", null);
    inputs.put("share", "manager");
    inputs.put("day", "2025-03-07");
    inputs.put("time", "09:30");
    inputs.put("count", 3);
    inputs.put("ok", true);
    inputs.put("tags", List.of("a", "b"));
    ObjectNode json = fixture("message.card-action.value.messageback.json");
    json.set("value", submitted(AdaptiveCards.form(form), 0, inputs));

    Object value = activity(json).getValue();
    assertThat(value).isInstanceOf(Map.class);
    Optional<CardSubmission> read = CardSubmission.read(value);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("answer", "More **coaching** [x](y)");
    expected.put("next_step", "");
    expected.put("share", "manager");
    expected.put("day", "2025-03-07");
    expected.put("time", "09:30");
    expected.put("count", "3");
    expected.put("ok", "true");
    expected.put("tags", "[\"a\",\"b\"]");
    assertThat(read)
        .contains(
            new CardSubmission.FormSubmitted(new ActionId("reflection.submit"), "p-42", expected));
  }

  @Test
  void readsAJsonNodeValueToo() {
    ObjectNode value = Serialization.createObjectNode();
    value.put(dev.trellis.teams.CardData.ACTION, "agenda.open");
    value.put(dev.trellis.teams.CardData.VALUE, "oo-1");
    value.putObject("msteams").put("type", "messageBack");
    assertThat(CardSubmission.read(value))
        .contains(new CardSubmission.ButtonPressed(new ActionId("agenda.open"), "oo-1", Map.of()));
  }

  @Test
  void adaptiveCardActionInvokeWithOurDataInsideTheAction() throws IOException {
    AdaptiveCard card = AdaptiveCards.message(AdaptiveCardsTest.rich());
    ObjectNode json = fixture("invoke.adaptive-card-action.execute.partial.json");
    ((ObjectNode) json.get("value").get("action")).set("data", submitted(card, 0, Map.of()));

    assertThat(CardSubmission.read(activity(json).getValue()))
        .contains(new CardSubmission.ButtonPressed(new ActionId("agenda.open"), "oo-1", Map.of()));
  }

  @Test
  void theFixturesAsTheyAreAreNotTrellisCards() throws IOException {
    assertThat(
            CardSubmission.read(
                activity(fixture("message.card-action.value.messageback.json")).getValue()))
        .isEmpty();
    assertThat(
            CardSubmission.read(
                activity(fixture("invoke.adaptive-card-action.execute.partial.json")).getValue()))
        .isEmpty();
    assertThat(CardSubmission.read(activity(fixture("message.personal.json")).getValue()))
        .isEmpty();
  }

  @Test
  void nothingForNullStringsAndForgedActionIds() {
    assertThat(CardSubmission.read(null)).isEmpty();
    assertThat(CardSubmission.read("{\"trellisAction\":\"agenda.open\"}")).isEmpty();
    assertThat(CardSubmission.read(Map.of(dev.trellis.teams.CardData.ACTION, "Not An Id!")))
        .isEmpty();
    assertThat(CardSubmission.read(Map.of(dev.trellis.teams.CardData.ACTION, 7))).isEmpty();
  }
}

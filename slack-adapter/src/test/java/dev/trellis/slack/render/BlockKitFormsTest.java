package dev.trellis.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.testkit.Fixtures;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitFormsTest {

  static final Input.Text ANSWER =
      new Input.Text(
          "answer",
          "What did you learn?",
          true,
          Optional.of("Kubernetes & <b>Helm</b>"),
          Optional.of("Write as much or as little as you like"),
          2000,
          false);
  static final Input.Text NEXT_STEP =
      new Input.Text(
          "next_step", "Your next step", false, Optional.empty(), Optional.empty(), 4000, true);
  static final Input.Select SHARE =
      new Input.Select(
          "share",
          "Who sees it",
          List.of(
              new Input.Choice("private", "Only me"),
              new Input.Choice("manager", "Me and my manager")),
          Optional.of("manager"),
          false);
  static final Input.Date DAY =
      new Input.Date("day", "Day", Optional.of(LocalDate.of(2024, 3, 5)), false);
  static final Input.Time AT = new Input.Time("at", "At", Optional.of(LocalTime.of(9, 5)), true);

  static Form form(List<Input> inputs) {
    return new Form(new ActionId("reflection.submit"), "Reflection", inputs, "Save", "prompt-42");
  }

  @Test
  void rendersAModalWithCallbackIdMetadataTitleAndButtons() {
    JsonObject json = SlackJson.of(BlockKitForms.render(form(List.of(ANSWER)))).getAsJsonObject();

    assertThat(json.get("type").getAsString()).isEqualTo("modal");
    assertThat(json.get("callback_id").getAsString()).isEqualTo("reflection.submit");
    assertThat(json.get("private_metadata").getAsString()).isEqualTo("prompt-42");
    assertThat(json.getAsJsonObject("title").get("type").getAsString()).isEqualTo("plain_text");
    assertThat(json.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Reflection");
    assertThat(json.getAsJsonObject("submit").get("text").getAsString()).isEqualTo("Save");
    assertThat(json.getAsJsonObject("close").get("text").getAsString()).isEqualTo("Cancel");
  }

  @Test
  void rendersEachInputAsAnInputBlockWhoseBlockAndActionIdAreTheInputId() {
    JsonArray blocks =
        SlackJson.of(BlockKitForms.render(form(List.of(ANSWER, NEXT_STEP, SHARE, DAY, AT))))
            .getAsJsonObject()
            .getAsJsonArray("blocks");

    assertThat(blocks).hasSize(5);
    List<String> ids = List.of("answer", "next_step", "share", "day", "at");
    List<String> types =
        List.of(
            "plain_text_input", "plain_text_input", "static_select", "datepicker", "timepicker");
    for (int i = 0; i < 5; i++) {
      JsonObject block = blocks.get(i).getAsJsonObject();
      assertThat(block.get("type").getAsString()).isEqualTo("input");
      assertThat(block.get("block_id").getAsString()).isEqualTo(ids.get(i));
      assertThat(block.getAsJsonObject("element").get("action_id").getAsString())
          .isEqualTo(ids.get(i));
      assertThat(block.getAsJsonObject("element").get("type").getAsString())
          .isEqualTo(types.get(i));
    }
    JsonObject answer = blocks.get(0).getAsJsonObject();
    assertThat(answer.getAsJsonObject("label").get("text").getAsString())
        .isEqualTo("What did you learn?");
    assertThat(answer.get("optional").getAsBoolean()).isFalse();
    JsonObject text = answer.getAsJsonObject("element");
    assertThat(text.get("multiline").getAsBoolean()).isTrue();
    assertThat(text.get("max_length").getAsInt()).isEqualTo(2000);
    assertThat(text.get("initial_value").getAsString()).isEqualTo("Kubernetes & <b>Helm</b>");
    assertThat(text.getAsJsonObject("placeholder").get("text").getAsString())
        .isEqualTo("Write as much or as little as you like");
    assertThat(blocks.get(1).getAsJsonObject().get("optional").getAsBoolean()).isTrue();
    JsonObject select = blocks.get(2).getAsJsonObject().getAsJsonObject("element");
    assertThat(select.getAsJsonArray("options")).hasSize(2);
    assertThat(select.getAsJsonArray("options").get(1).getAsJsonObject().get("value").getAsString())
        .isEqualTo("manager");
    assertThat(select.getAsJsonObject("initial_option").get("value").getAsString())
        .isEqualTo("manager");
    assertThat(
            select
                .getAsJsonObject("initial_option")
                .getAsJsonObject("text")
                .get("text")
                .getAsString())
        .isEqualTo("Me and my manager");
    assertThat(
            blocks
                .get(3)
                .getAsJsonObject()
                .getAsJsonObject("element")
                .get("initial_date")
                .getAsString())
        .isEqualTo("2024-03-05");
    assertThat(
            blocks
                .get(4)
                .getAsJsonObject()
                .getAsJsonObject("element")
                .get("initial_time")
                .getAsString())
        .isEqualTo("09:05");
  }

  @Test
  void leavesOutWhatTheEngineDidNotGive() {
    Input.Select noInitial =
        new Input.Select("s", "S", List.of(new Input.Choice("a", "A")), Optional.of("gone"), false);
    Input.Date noDate = new Input.Date("d", "D", Optional.empty(), false);
    Input.Time noTime = new Input.Time("t", "T", Optional.empty(), false);

    View view = BlockKitForms.render(form(List.of(NEXT_STEP, noInitial, noDate, noTime)));

    PlainTextInputElement text = (PlainTextInputElement) element(view, 0);
    assertThat(text.getMaxLength()).as("4000 is over Slack's 3000: the engine checks it").isNull();
    assertThat(text.getInitialValue()).isNull();
    assertThat(text.getPlaceholder()).isNull();
    assertThat(text.isMultiline()).isFalse();
    assertThat(((StaticSelectElement) element(view, 1)).getInitialOption()).isNull();
    assertThat(((DatePickerElement) element(view, 2)).getInitialDate()).isNull();
    assertThat(((TimePickerElement) element(view, 3)).getInitialTime()).isNull();
  }

  @Test
  void cutsTitleButtonLabelsAndOptionTextsToSlacksLimits() {
    Input.Select select =
        new Input.Select(
            "s",
            "L".repeat(2100),
            List.of(new Input.Choice("v", "O".repeat(80))),
            Optional.of("v"),
            false);
    Form form =
        new Form(
            new ActionId("x.submit"),
            "A title far longer than twenty-four",
            List.of(select),
            "Save my answer for later please",
            "");

    View view = BlockKitForms.render(form);

    assertThat(view.getTitle().getText()).hasSize(24).endsWith("…");
    assertThat(view.getSubmit().getText())
        .isEqualTo("Save my answer for late…")
        .hasSizeLessThanOrEqualTo(24);
    InputBlock block = (InputBlock) view.getBlocks().get(0);
    assertThat(block.getLabel().getText()).hasSize(2000).endsWith("L…");
    StaticSelectElement element = (StaticSelectElement) block.getElement();
    assertThat(element.getOptions().get(0).getText().getText()).hasSize(75).endsWith("O…");
    assertThat(element.getInitialOption()).isSameAs(element.getOptions().get(0));
  }

  @Test
  void refusesWhatCannotBeCutWithoutChangingTheAnswer() {
    Input.Select longValue =
        new Input.Select(
            "s", "S", List.of(new Input.Choice("v".repeat(151), "V")), Optional.empty(), false);
    Input.Select tooMany =
        new Input.Select(
            "s",
            "S",
            IntStream.range(0, 101).mapToObj(i -> new Input.Choice("v" + i, "V" + i)).toList(),
            Optional.empty(),
            false);
    Form longReference =
        new Form(new ActionId("x.submit"), "T", List.of(ANSWER), "Save", "r".repeat(3001));

    assertThatThrownBy(() -> BlockKitForms.render(form(List.of(longValue))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlockKitForms.render(form(List.of(tooMany))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlockKitForms.render(longReference))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3000");
  }

  @Test
  void theModalSurvivesBoltsOwnJsonRoundTrip() {
    View view = BlockKitForms.render(form(List.of(ANSWER, NEXT_STEP, SHARE, DAY, AT)));

    View back = SlackJson.GSON.fromJson(SlackJson.text(view), View.class);

    assertThat(back).isEqualTo(view);
  }

  @Test
  void everyInputTypeComesBackUnderItsId() {
    View view = BlockKitForms.render(form(List.of(ANSWER, SHARE, DAY, AT)));
    String state =
        """
        {"values": {
          "answer": {"answer": {"type": "plain_text_input", "value": "Kubernetes & <b>Helm</b>"}},
          "share": {"share": {"type": "static_select",
            "selected_option": {"text": {"type": "plain_text", "text": "Me and my manager"},
                                "value": "manager"}}},
          "day": {"day": {"type": "datepicker", "selected_date": "2024-03-05"}},
          "at": {"at": {"type": "timepicker", "selected_time": "09:05"}}
        }}
        """;

    Map<String, String> values =
        BlockKitForms.valuesOf(SlackJson.GSON.fromJson(state, ViewState.class));

    assertThat(values)
        .containsExactly(
            Map.entry("answer", "Kubernetes & <b>Helm</b>"),
            Map.entry("share", "manager"),
            Map.entry("day", "2024-03-05"),
            Map.entry("at", "09:05"));
    assertThat(values.keySet())
        .containsExactlyElementsOf(
            view.getBlocks().stream().map(b -> ((InputBlock) b).getBlockId()).toList());
    assertThat(LocalDate.parse(values.get("day"), FormInputs.DATE)).isEqualTo(DAY.initial().get());
    assertThat(LocalTime.parse(values.get("at"), FormInputs.TIME)).isEqualTo(AT.initial().get());
  }

  @Test
  void leavesOutInputsLeftEmpty() {
    String state =
        """
        {"values": {
          "answer": {"answer": {"type": "plain_text_input", "value": null}},
          "blank": {"blank": {"type": "plain_text_input", "value": "  "}},
          "share": {"share": {"type": "static_select", "selected_option": null}},
          "day": {"day": {"type": "datepicker", "selected_date": null}},
          "at": {"at": {"type": "timepicker", "selected_time": "10:30"}}
        }}
        """;

    assertThat(BlockKitForms.valuesOf(SlackJson.GSON.fromJson(state, ViewState.class)))
        .containsExactly(Map.entry("at", "10:30"));
    assertThat(BlockKitForms.valuesOf(new ViewState())).isEmpty();
  }

  @Test
  void readsTheSubmissionWithStaticSelectDatepickerAndText() {
    ViewSubmissionPayload payload =
        SlackJson.GSON.fromJson(
            Fixtures.text(
                Fixtures.slack("view-submission.modal.static-select-datepicker-plain-text.json")),
            ViewSubmissionPayload.class);

    assertThat(payload.getView().getCallbackId()).isEqualTo("modal-callback-id");
    assertThat(BlockKitForms.referenceOf(payload.getView())).isEmpty();
    assertThat(BlockKitForms.valuesOf(payload.getView().getState()))
        .containsExactly(
            Map.entry("date-of-visit", "2019-09-23"),
            Map.entry("rating", "3"),
            Map.entry("comment", "Just amazing!"));
  }

  @Test
  void readsTheOrgAppSubmissionWithTextDatepickerAndTimepicker() {
    ViewSubmissionPayload payload =
        SlackJson.GSON.fromJson(
            Fixtures.text(
                Fixtures.slack(
                    "view-submission.modal.org-app.plain-text-datepicker-timepicker.json")),
            ViewSubmissionPayload.class);

    assertThat(payload.getView().getCallbackId()).isEqualTo("test-view");
    assertThat(BlockKitForms.valuesOf(payload.getView().getState()))
        .containsExactly(
            Map.entry("agenda-block", "test"),
            Map.entry("date-block", "2022-06-22"),
            Map.entry("time-block", "03:00"));
  }

  @Test
  void readsTheInputTypesTrellisRendersAndIgnoresTheOthers() {
    ViewState state =
        SlackJson.GSON.fromJson(
            Fixtures.text(Fixtures.slack("view-state.values.all-input-types.json")),
            ViewState.class);

    assertThat(BlockKitForms.valuesOf(state))
        .containsExactly(
            Map.entry("b1", "1990-04-12"),
            Map.entry("b2", "This is a test"),
            Map.entry("b3", "Something wrong\nPlease help me!"));
  }

  @Test
  void referenceOfAViewWithoutMetadataIsEmpty() {
    assertThat(BlockKitForms.referenceOf(new View())).isEmpty();
    assertThat(BlockKitForms.referenceOf(BlockKitForms.render(form(List.of(ANSWER)))))
        .isEqualTo("prompt-42");
  }

  private static Object element(View view, int index) {
    return ((InputBlock) view.getBlocks().get(index)).getElement();
  }
}

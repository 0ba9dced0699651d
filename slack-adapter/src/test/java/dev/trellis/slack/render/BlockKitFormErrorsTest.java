package dev.trellis.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.views.response.ViewSubmissionResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockKitFormErrorsTest {

  @Test
  void buildsTheErrorsResponseKeyedByBlockId() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("answer", "An answer can have up to 4,000 characters.");
    errors.put("day", "Pick a day in the future.");

    JsonObject json = SlackJson.of(BlockKitFormErrors.response(errors)).getAsJsonObject();

    assertThat(json.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(json.has("view")).isFalse();
    JsonObject byBlock = json.getAsJsonObject("errors");
    assertThat(byBlock.keySet()).containsExactly("answer", "day");
    assertThat(byBlock.get("answer").getAsString())
        .isEqualTo("An answer can have up to 4,000 characters.");
  }

  @Test
  void theKeysAreTheBlockIdsOfTheRenderedModal() {
    ViewSubmissionResponse response =
        BlockKitFormErrors.response(Map.of(BlockKitFormsTest.ANSWER.id(), "Too long"));

    assertThat(response.getErrors()).containsOnlyKeys("answer");
    assertThat(
            BlockKitForms.render(BlockKitFormsTest.form(List.of(BlockKitFormsTest.ANSWER)))
                .getBlocks()
                .get(0)
                .getBlockId())
        .isEqualTo("answer");
  }

  @Test
  void cutsALongMessageWithAnEllipsisAndKeepsItAsWritten() {
    ViewSubmissionResponse response =
        BlockKitFormErrors.response(Map.of("answer", "<b> & " + "e".repeat(300)));

    assertThat(response.getErrors().get("answer"))
        .hasSize(150)
        .startsWith("<b> & e")
        .endsWith("e…");
  }

  @Test
  void refusesNoErrorOrABlankOne() {
    assertThatThrownBy(() -> BlockKitFormErrors.response(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlockKitFormErrors.response(Map.of("answer", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answer");
  }
}

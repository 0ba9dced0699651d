package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wiremock.com.fasterxml.jackson.databind.JsonNode;
import wiremock.com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import wiremock.com.networknt.schema.InputFormat;
import wiremock.com.networknt.schema.JsonSchema;
import wiremock.com.networknt.schema.JsonSchemaFactory;
import wiremock.com.networknt.schema.SpecVersion;
import wiremock.com.networknt.schema.ValidationMessage;

/**
 * {@code deploy/slack/manifest.yml} against Slack's manifest schema and what Trellis needs.
 *
 * <p>The JSON-schema validator (networknt) and the YAML parser are the copies inside WireMock's
 * standalone jar, under its relocated package names: the only ones on this module's test classpath.
 */
class SlackManifestTest {

  private static final String SCHEMAS =
      "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";

  private final String manifest = SharedFiles.manifest();

  @Test
  void theManifestIsValidAgainstSlacksSchema() {
    assertThat(validate(manifest)).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesAMistake() {
    assertThat(validate(manifest.replace("  name: Trellis", "  nom: Trellis"))).isNotEmpty();
    assertThat(validate(manifest.replace("command: /buddy", "command: buddy"))).isNotEmpty();
  }

  @Test
  void itDeclaresWhatTrellisUses() throws Exception {
    JsonNode app = new YAMLMapper().readTree(manifest);

    assertThat(app.at("/display_information/name").asText()).isEqualTo("Trellis");
    assertThat(app.at("/features/bot_user/display_name").asText()).isEqualTo("Trellis");
    assertThat(app.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
    assertThat(app.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
    assertThat(texts(app.at("/features/slash_commands"), "command"))
        .containsExactly("/trellis", "/buddy", "/feedback");
    for (JsonNode command : app.at("/features/slash_commands")) {
      assertThat(command.path("description").asText()).isNotBlank();
      assertThat(command.path("usage_hint").asText()).isNotBlank();
      assertThat(command.path("should_escape").asBoolean()).isTrue();
      assertThat(command.has("url")).isFalse();
    }
    assertThat(texts(app.at("/oauth_config/scopes/bot"), null))
        .containsExactlyElementsOf(SlackOAuthApp.BOT_SCOPES)
        // the my-data export is uploaded into the person's DM
        .contains("files:write");
    assertThat(app.at("/oauth_config/scopes/user").isMissingNode()).isTrue();
    assertThat(texts(app.at("/oauth_config/redirect_urls"), null))
        .containsExactly("https://YOUR_HOST" + SlackOAuthApp.CALLBACK_PATH);
    assertThat(texts(app.at("/settings/event_subscriptions/bot_events"), null))
        .containsExactlyInAnyOrder(
            "app_home_opened", "message.im", "app_uninstalled", "tokens_revoked");
    assertThat(app.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
    assertThat(app.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    assertThat(app.at("/settings/event_subscriptions/request_url").isMissingNode()).isTrue();
    assertThat(app.at("/settings/token_rotation_enabled").asBoolean()).isFalse();
  }

  /** The dispatching schema, with the versioned schemas it refers to read from shared/schemas. */
  private static Set<ValidationMessage> validate(String yaml) {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7,
            builder ->
                builder.schemaLoaders(
                    loaders ->
                        loaders.schemas(
                            Map.of(
                                SCHEMAS + "manifest.schema.1.0.0.json",
                                SharedFiles.schema("slack-manifest.schema.1.0.0.json"),
                                SCHEMAS + "manifest.schema.2.0.0.json",
                                SharedFiles.schema("slack-manifest.schema.2.0.0.json")))));
    JsonSchema schema = factory.getSchema(SharedFiles.schema("slack-manifest.schema.json"));
    return schema.validate(yaml, InputFormat.YAML);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    for (JsonNode item : array) {
      texts.add(field == null ? item.asText() : item.path(field).asText());
    }
    return texts;
  }
}

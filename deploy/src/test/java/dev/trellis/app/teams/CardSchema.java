package dev.trellis.app.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import wiremock.com.networknt.schema.InputFormat;
import wiremock.com.networknt.schema.JsonSchema;
import wiremock.com.networknt.schema.JsonSchemaFactory;
import wiremock.com.networknt.schema.SpecVersion;
import wiremock.com.networknt.schema.ValidationMessage;

/**
 * The official Adaptive Card 1.5 JSON schema (draft-06), checked offline with the networknt
 * validator inside wiremock-standalone (relocated). A copy of the teams-adapter's test helper of
 * the same name, whose test classes deploy cannot see.
 */
final class CardSchema {

  static final Path FILE = Path.of("/work/shared/schemas/adaptive-card.1.5.0.json");

  private static final JsonSchema SCHEMA = load();

  private CardSchema() {}

  /** The schema's complaints about a card's JSON; empty when it is valid. */
  static List<String> problems(String cardJson) {
    return SCHEMA.validate(cardJson, InputFormat.JSON).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .collect(Collectors.toList());
  }

  private static JsonSchema load() {
    try {
      String text = Files.readString(FILE);
      // The file names itself with draft-04's "id"; draft-06 reads only "$id". Renamed in memory.
      String renamed =
          text.replaceFirst("\"id\": \"http://adaptivecards", "\"\\$id\": \"http://adaptivecards");
      if (renamed.equals(text)) {
        throw new IllegalStateException("The schema's id was not found in " + FILE);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6).getSchema(renamed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.trellis.testkit;

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
 * validator that wiremock-standalone bundles under a relocated package. Strings go in, so no
 * relocated Jackson type crosses over.
 */
public final class CardSchema {

  public static final Path FILE = Path.of("/work/shared/schemas/adaptive-card.1.5.0.json");

  private static final JsonSchema SCHEMA = load();

  private CardSchema() {}

  /** The schema's complaints about a card's JSON; empty when it is valid. */
  public static List<String> problems(String cardJson) {
    return SCHEMA.validate(cardJson, InputFormat.JSON).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .collect(Collectors.toList());
  }

  private static JsonSchema load() {
    try {
      String text = Files.readString(FILE);
      // The file names itself with draft-04's "id"; the validator's draft-06 reads only "$id"
      // and fails on "id". The file stays as it is; only this copy in memory is renamed.
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

package dev.trellis.app.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.core.command.CommandGrammar;
import dev.trellis.core.command.ParseResult;
import dev.trellis.core.message.Platform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import wiremock.com.fasterxml.jackson.databind.JsonNode;
import wiremock.com.fasterxml.jackson.databind.ObjectMapper;
import wiremock.com.networknt.schema.InputFormat;
import wiremock.com.networknt.schema.JsonSchema;
import wiremock.com.networknt.schema.JsonSchemaFactory;
import wiremock.com.networknt.schema.SchemaValidatorsConfig;
import wiremock.com.networknt.schema.SpecVersion;
import wiremock.com.networknt.schema.ValidationMessage;
import wiremock.com.networknt.schema.regex.RegularExpression;

/**
 * The Teams app package: {@code deploy/teams/manifest.json} against Microsoft's manifest schema
 * (v1.29, from {@code shared/schemas}) and what Trellis needs, the two icons, and the zip that
 * {@code ./mvnw -pl deploy package} builds ({@code target/trellis-teams-app.zip}), when there is
 * one.
 *
 * <p>The manifest holds {@code ${MICROSOFT_APP_ID}} and {@code ${TRELLIS_HOST}}, which the build
 * fills from Maven properties; the schema wants GUIDs there, so the schema checks fill them here
 * the same way first. The JSON-schema validator (networknt) and Jackson are the copies inside
 * WireMock's standalone jar, under its relocated package names.
 */
class TeamsAppPackageTest {

  private static final String APP_ID = "${MICROSOFT_APP_ID}";
  private static final String HOST = "${TRELLIS_HOST}";
  private static final String SOME_APP_ID = "3f2b8c1e-5d4a-4b6e-9a7c-1e2d3f4a5b6c";
  private static final String PLACEHOLDER_APP_ID = "YOUR_MICROSOFT_APP_ID";
  private static final Pattern GUID =
      Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
  private static final List<String> FILES = List.of("manifest.json", "color.png", "outline.png");

  // Teams' documented limits for bot commands, stricter than the schema's (12, 128, 4000)
  private static final int MAX_COMMANDS = 10;
  private static final int MAX_TITLE = 32;
  private static final int MAX_DESCRIPTION = 128;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path teams = above("deploy/teams");
  private final String manifest = read(teams.resolve("manifest.json"));

  @Test
  void theManifestIsValidAgainstTheTeamsSchemaOnceTheBuildHasFilledItIn() {
    assertThat(validate(filled(manifest))).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesAMistake() {
    assertThat(validate(manifest)).as("placeholders left in: not GUIDs").isNotEmpty();
    assertThat(validate(filled(manifest).replace("\"short\": \"Trellis\"", "\"shrt\": \"x\"")))
        .isNotEmpty();
    assertThat(validate(filled(manifest).replace("\"team\"]", "\"channel\"]"))).isNotEmpty();
    assertThat(validate(filled(manifest).replace("#2E7D5B", "green"))).isNotEmpty();
  }

  @Test
  void itUsesTheSchemasManifestVersion() throws IOException {
    JsonNode schema = JSON.readTree(schemaText());
    String version = schema.at("/properties/manifestVersion/const").asText();
    assertThat(version).isEqualTo("1.29");

    JsonNode app = tree(manifest);
    assertThat(app.path("manifestVersion").asText()).isEqualTo(version);
    assertThat(app.path("$schema").asText())
        .isEqualTo(
            "https://developer.microsoft.com/json-schemas/teams/v"
                + version
                + "/MicrosoftTeams.schema.json");
    assertThat(app.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void theBuildFillsInTheAppIdAndTheHostAndNothingElse() {
    JsonNode app = tree(manifest);
    assertThat(app.path("id").asText()).isEqualTo(APP_ID);
    assertThat(app.at("/bots/0/botId").asText()).isEqualTo(APP_ID);
    for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertThat(app.at("/developer/" + url).asText()).startsWith("https://" + HOST + "/");
    }
    Matcher placeholder = Pattern.compile("\\$\\{[^}]*}").matcher(manifest);
    List<String> placeholders = new ArrayList<>();
    while (placeholder.find()) {
      placeholders.add(placeholder.group());
    }
    assertThat(placeholders).containsOnly(APP_ID, HOST);
  }

  @Test
  void itIsAConversationalBotForPersonalChatsAndTeams() {
    JsonNode app = tree(manifest);
    assertThat(app.path("name").path("short").asText()).isEqualTo("Trellis");
    assertThat(app.path("bots")).hasSize(1);
    JsonNode bot = app.at("/bots/0");
    assertThat(texts(bot.path("scopes"))).containsExactly("personal", "team");
    assertThat(bot.path("isNotificationOnly").asBoolean()).isFalse();
    assertThat(bot.path("supportsCalling").asBoolean()).isFalse();
    assertThat(bot.path("supportsVideo").asBoolean()).isFalse();
    // the my-data export goes to the person's chat as a file (a file consent card)
    assertThat(bot.path("supportsFiles").asBoolean()).isTrue();
    assertThat(app.path("defaultInstallScope").asText()).isEqualTo("personal");
    // a bot only: no tabs, task modules or sign-in pages, so no web content to allow ...
    assertThat(app.path("validDomains").isArray()).isTrue();
    assertThat(app.path("validDomains")).isEmpty();
    // ... and no Entra ID single sign-on; if it comes, it is the bot's own app registration
    if (app.has("webApplicationInfo")) {
      assertThat(app.at("/webApplicationInfo/id").asText()).isEqualTo(APP_ID);
    }
  }

  @Test
  void itListsTheCommandWordsForPersonalChatsAndForTeams() {
    Map<String, JsonNode> lists = new LinkedHashMap<>();
    for (JsonNode list : tree(manifest).at("/bots/0/commandLists")) {
      assertThat(list.path("scopes")).as("one scope per command list").hasSize(1);
      assertThat(lists.put(list.at("/scopes/0").asText(), list.path("commands"))).isNull();
    }
    assertThat(lists).containsOnlyKeys("personal", "team");

    List<String> personal = titles(lists.get("personal"));
    assertThat(personal)
        .containsExactly(
            "help",
            "settings",
            "history",
            "pause 2w",
            "resume",
            "1on1 list",
            "1on1 add",
            "buddy status",
            "buddy propose",
            "feedback ask");
    // in a channel, nothing that shows what a person wrote or their own settings
    List<String> team = titles(lists.get("team"));
    assertThat(team)
        .containsExactly("help", "buddy status", "buddy propose", "feedback ask")
        .doesNotContain("history", "settings");

    for (JsonNode commands : lists.values()) {
      assertThat(commands.size()).isBetween(1, MAX_COMMANDS);
      assertThat(Set.copyOf(titles(commands))).hasSize(commands.size());
      for (JsonNode command : commands) {
        String title = command.path("title").asText();
        String description = command.path("description").asText();
        assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(MAX_TITLE);
        assertThat(description).as(title).isNotBlank().hasSizeLessThanOrEqualTo(MAX_DESCRIPTION);
        assertThat(command.path("type").asText("basic")).isEqualTo("basic");
        assertThat(aCommandTrellisUnderstands(title, description)).as(title).isTrue();
      }
    }
  }

  @Test
  void theIconsAreTheSizesTeamsWants() throws IOException {
    JsonNode icons = tree(manifest).path("icons");
    assertThat(icons.path("color").asText()).isEqualTo("color.png");
    assertThat(icons.path("outline").asText()).isEqualTo("outline.png");
    assertThat(tree(manifest).path("accentColor").asText()).matches("#[0-9A-Fa-f]{6}");

    byte[] color = Files.readAllBytes(teams.resolve("color.png"));
    byte[] outline = Files.readAllBytes(teams.resolve("outline.png"));
    assertThat(pngSize(color)).containsExactly(192, 192);
    assertThat(pngSize(outline)).containsExactly(32, 32);

    BufferedImage colorImage = ImageIO.read(new ByteArrayInputStream(color));
    assertThat(colorImage.getWidth()).isEqualTo(192);
    assertThat(colorImage.getHeight()).isEqualTo(192);

    // the outline icon: white on transparent, nothing else
    BufferedImage outlineImage = ImageIO.read(new ByteArrayInputStream(outline));
    assertThat(outlineImage.getColorModel().hasAlpha()).isTrue();
    int white = 0;
    int transparent = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int argb = outlineImage.getRGB(x, y);
        int alpha = argb >>> 24;
        if (alpha == 0) {
          transparent++;
        } else {
          assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
          white++;
        }
      }
    }
    assertThat(white).isPositive();
    assertThat(transparent).isPositive();
  }

  @Test
  void theBuiltPackageHoldsTheThreeFilesAtItsRoot() throws IOException {
    Path zip = teams.resolveSibling("target").resolve("trellis-teams-app.zip");
    assumeTrue(Files.isRegularFile(zip), "no package built yet (./mvnw -pl deploy package)");

    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    assertThat(entries).containsOnlyKeys(FILES);
    assertThat(entries.get("color.png")).isEqualTo(Files.readAllBytes(teams.resolve("color.png")));
    assertThat(entries.get("outline.png"))
        .isEqualTo(Files.readAllBytes(teams.resolve("outline.png")));

    String built = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(built).doesNotContain("${");
    JsonNode app = tree(built);
    String id = app.path("id").asText();
    assertThat(app.at("/bots/0/botId").asText()).isEqualTo(id);
    if (GUID.matcher(id).matches()) {
      assertThat(validate(built)).isEmpty();
    } else {
      assertThat(id).as("built without -DMICROSOFT_APP_ID").isEqualTo(PLACEHOLDER_APP_ID);
    }
  }

  /** The manifest as the build writes it, with an app id and host set. */
  private static String filled(String manifest) {
    return manifest.replace(APP_ID, SOME_APP_ID).replace(HOST, "trellis.example.com");
  }

  /**
   * Under the draft the schema declares (04), which leaves out the schema's one {@code const} (the
   * manifest version, checked on its own), with its patterns read as the ECMAScript regular
   * expressions they are.
   */
  private static Set<ValidationMessage> validate(String json) {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .regularExpressionFactory(TeamsAppPackageTest::ecmaScriptPattern)
            .build();
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaText(), config);
    return schema.validate(json, InputFormat.JSON);
  }

  /**
   * A schema pattern as a Java regular expression. The two ECMAScript escapes that Java reads
   * otherwise (or not at all) become what they mean in ECMAScript: {@code \b} in a character class
   * is a backspace (in the schema's {@code extensionXllCustomFunctions} file name), {@code \v} is
   * only the vertical tab. Like ECMAScript's test(), a pattern matches anywhere.
   */
  private static RegularExpression ecmaScriptPattern(String ecmaScript) {
    StringBuilder java = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < ecmaScript.length(); i++) {
      char c = ecmaScript.charAt(i);
      if (c == '\\' && i + 1 < ecmaScript.length()) {
        char escaped = ecmaScript.charAt(++i);
        if (escaped == 'b' && inClass) {
          java.append("\\x08");
        } else if (escaped == 'v') {
          java.append("\\x0B");
        } else {
          java.append(c).append(escaped);
        }
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      java.append(c);
    }
    Pattern pattern = Pattern.compile(java.toString());
    return text -> pattern.matcher(text).find();
  }

  /**
   * The title is a whole command, or the start of one whose example ends the description ("…: 1on1
   * add @someone biweekly thu 14:00 30m"); either way Teams puts the title in the compose box, and
   * the command grammar must know it.
   */
  private static boolean aCommandTrellisUnderstands(String title, String description) {
    if (parses(title)) {
      return true;
    }
    int colon = description.lastIndexOf(": ");
    String example = colon < 0 ? "" : description.substring(colon + 2);
    return example.startsWith(title + " ") && parses(example);
  }

  private static boolean parses(String typed) {
    return CommandGrammar.parse(Platform.TEAMS, null, typed) instanceof ParseResult.Parsed;
  }

  /** Width and height from the IHDR chunk, after checking the PNG signature. */
  private static int[] pngSize(byte[] png) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    assertThat(Arrays.copyOf(png, 8)).isEqualTo(signature);
    assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    return new int[] {header.getInt(), header.getInt()};
  }

  private static List<String> titles(JsonNode commands) {
    List<String> titles = new ArrayList<>();
    commands.forEach(command -> titles.add(command.path("title").asText()));
    return titles;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String schemaText() {
    return read(above("shared/schemas").resolve("MicrosoftTeams.schema.v1.29.json"));
  }

  /** {@code relative} in the working directory or the nearest directory above it. */
  private static Path above(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }

  private static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

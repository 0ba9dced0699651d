package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The question bank, cohorts and outbox pages of {@code /admin} in headless Chromium, on a laptop
 * screen (1366 x 768), signed in with the org's own token: each works through the admin API, with
 * the mouse and with the keyboard alone, and never shows a message's text. A screenshot of each
 * page is kept under {@code deploy/target/console-screenshots/}. This instance runs no clock, so a
 * retried message waits in the outbox instead of being tried at once.
 */
@TestPropertySource(properties = "trellis.scheduling.enabled=false")
class AdminConsolePagesBrowserTest extends AdminApiTestBase {

  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String SECRET = "my secret plan to leave for the rival";
  private static final List<String> MEMBERS =
      List.of(
          "demis.gupta@acme.example",
          "rohan.gupta@acme.example",
          "mei.mayer@acme.example",
          "kofi.lamarr@acme.example");

  @Autowired Outbox outbox;
  @Autowired People directory;

  private Path chromium;

  @BeforeEach
  void givenChromiumAndTheAcmeOrg() {
    Optional<Path> found = HeadlessChromium.find();
    assumeTrue(
        found.isPresent(),
        "Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
    chromium = found.get();
    admin.createOrg(orgId);
    Answer imported = admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  @Test
  void aQuestionAddedOnThePageIsListedUnderItsThemeEditedAndRetiredFromIt() throws Exception {
    String text = "Which skill of yours does your team not know about yet?";
    try (HeadlessChromium browser = signedIn("questions")) {
      browser.waitUntil("document.querySelector('#questions-list table[data-theme=SKILLS]')", WAIT);
      browser.evaluate(
          "{ const f = document.getElementById('question-add-form');"
              + "f.theme.value = 'skills'; f.text.value = '"
              + text
              + "'; f.requestSubmit(); } true");
      browser.waitUntil(themeTableHas("SKILLS", text), WAIT);
      assertThat(browser.evaluate(statusOf("questions")).asString()).isEqualTo("Added: " + text);
      assertThat(
              browser
                  .evaluate(
                      "document.querySelector('#questions-list table[data-theme=SKILLS] caption')"
                          + ".textContent")
                  .asString())
          .matches("Skills: \\d+ questions");
      browser.screenshot(SCREENSHOTS.resolve("questions.png"));
      assertThat(Files.size(SCREENSHOTS.resolve("questions.png"))).isGreaterThan(10_000);

      browser.evaluate(
          "document.querySelector('#questions-list button[aria-label=\"Edit: "
              + text
              + "\"]').click(); true");
      assertThat(browser.evaluate("document.activeElement.id").asString()).isEqualTo("q-edit-text");
      text = "Which skill of yours does your team not know about?";
      browser.evaluate(
          "{ const e = document.getElementById('question-edit-form');"
              + "e.text.value = '"
              + text
              + "'; e.requestSubmit(); } true");
      browser.waitUntil(statusOf("questions") + " === 'Saved: " + text + "'", WAIT);
      assertThat(browser.evaluate(themeTableHas("SKILLS", text)).asBoolean()).isTrue();
      assertThat(
              browser.evaluate("document.getElementById('question-edit-form').hidden").asBoolean())
          .isTrue();

      browser.evaluate(
          "document.querySelector('#questions-list button[aria-label=\"Retire: "
              + text
              + "\"]').click(); true");
      browser.waitUntil("!(" + themeTableHas("SKILLS", text) + ")", WAIT);
      assertThat(browser.evaluate(statusOf("questions")).asString()).isEqualTo("Retired: " + text);

      browser.evaluate(
          "{ const q = document.getElementById('questions-filter');"
              + "q.includeRetired.checked = true; q.requestSubmit(); } true");
      browser.waitUntil(themeTableHas("SKILLS", text), WAIT);
      assertThat(
              browser
                  .evaluate(
                      "[...document.querySelectorAll('#questions-list tr')]"
                          + ".find(r => r.textContent.includes('"
                          + text
                          + "')).cells[2].textContent")
                  .asString())
          .isEqualTo("Retired");
    }
    JsonNode retired =
        admin.get("/api/admin/orgs/" + orgId + "/questions?includeRetired=true").json();
    assertThat(retired.findValuesAsString("text")).contains(text);
    assertThat(
            admin.get("/api/admin/orgs/" + orgId + "/questions").json().findValuesAsString("text"))
        .doesNotContain(text);
  }

  @Test
  void aCohortCreatedOnThePageGetsMembersAndARoundWhoseFiguresAreCountsOnly() throws Exception {
    try (HeadlessChromium browser = signedIn("cohorts")) {
      browser.waitUntil("document.getElementById('cohorts-list').textContent !== ''", WAIT);
      browser.evaluate(
          "{ const f = document.getElementById('cohort-create-form');"
              + "f.name.value = 'Coffee roulette'; f.groupSize.value = '2'; f.requestSubmit();"
              + " } true");
      browser.waitUntil("!document.getElementById('cohort-detail').hidden", WAIT);
      assertThat(browser.evaluate("document.activeElement.id").asString())
          .isEqualTo("cohort-detail-title");
      assertThat(browser.evaluate("document.getElementById('cohorts-list').textContent").asString())
          .contains("Coffee roulette");
      browser.evaluate("document.getElementById('cohort-round-form').requestSubmit(); true");
      browser.waitUntil("document.getElementById('cohorts-error').textContent !== ''", WAIT);
      assertThat(
              browser.evaluate("document.getElementById('cohorts-error').textContent").asString())
          .contains("has nobody in it yet: add members before starting a round");
      for (String email : MEMBERS) {
        browser.evaluate(
            "{ const m = document.getElementById('cohort-member-form');"
                + "m.email.value = '"
                + email
                + "'; m.requestSubmit(); } true");
        browser.waitUntil(
            "document.getElementById('cohort-members').textContent.includes('" + email + "')",
            WAIT);
      }
      browser.evaluate("document.getElementById('cohort-round-form').requestSubmit(); true");
      browser.waitUntil("document.getElementById('round-figures')", WAIT);

      assertThat(browser.evaluate(statusOf("cohorts")).asString()).isEqualTo("Started round 1.");
      assertThat(figure(browser, "Groups made")).isEqualTo("2");
      assertThat(figure(browser, "People introduced")).isEqualTo("4");
      assertThat(figure(browser, "Groups that met")).isEqualTo("hidden (too few people)");
      String round =
          browser.evaluate("document.getElementById('cohort-round').textContent").asString();
      assertThat(round)
          .startsWith("Round 1, started")
          .doesNotContain("Demis")
          .doesNotContain("Rohan")
          .doesNotContain("Mei")
          .doesNotContain("Kofi");
      browser.screenshot(SCREENSHOTS.resolve("cohorts.png"));
    }
    assertThat(Files.size(SCREENSHOTS.resolve("cohorts.png"))).isGreaterThan(10_000);
    JsonNode cohorts = admin.get("/api/admin/orgs/" + orgId + "/cohorts").json();
    String id = cohorts.at("/0/id").asString();
    assertThat(admin.get("/api/admin/orgs/" + orgId + "/cohorts/" + id + "/rounds/1").status())
        .isEqualTo(200);
  }

  @Test
  void aDeadLetterIsShownByWhoWhenAndWhyNeverItsTextAndIsRetriedFromThePage() throws Exception {
    OutboxEntry entry = deadLetter("account_inactive");
    String id = OutboxAdminController.idOf(entry.key());

    try (HeadlessChromium browser = signedIn("outbox")) {
      browser.waitUntil("document.querySelector('#outbox-list tr[data-id=\"" + id + "\"]')", WAIT);
      assertThat(cells(browser, id))
          .startsWith("Demis Gupta (demis.gupta@acme.example)", "Slack")
          .contains("account_inactive", "12", "Retry");
      assertThat(browser.evaluate("document.body.textContent").asString())
          .doesNotContain(SECRET)
          .doesNotContain("career-move");
      assertThat(
              browser
                  .evaluate(
                      "[...document.querySelectorAll('#outbox-list th')].map(h =>"
                          + " h.textContent).join('|')")
                  .asString())
          .isEqualTo("Recipient|Platform|Given up at|Why|Attempts|Actions");
      browser.screenshot(SCREENSHOTS.resolve("outbox.png"));
      assertThat(Files.size(SCREENSHOTS.resolve("outbox.png"))).isGreaterThan(10_000);

      browser.evaluate(
          "document.querySelector('#outbox-list tr[data-id=\"" + id + "\"] button').click(); true");
      browser.waitUntil("!document.querySelector('#outbox-list tr[data-id=\"" + id + "\"]')", WAIT);
      assertThat(browser.evaluate(statusOf("outbox")).asString())
          .isEqualTo("The message to Demis Gupta waits to be sent again.");

      browser.evaluate(
          "{ const o = document.getElementById('outbox-form');"
              + "o.state.value = 'pending'; o.requestSubmit(); } true");
      browser.waitUntil("document.querySelector('#outbox-list tr[data-id=\"" + id + "\"]')", WAIT);
      assertThat(cells(browser, id))
          .startsWith("Demis Gupta (demis.gupta@acme.example)", "Slack")
          .endsWith("0")
          .doesNotContain("Retry");
    }
    assertThat(admin.get("/api/admin/orgs/" + orgId + "/outbox?state=dead").json().size()).isZero();
  }

  @Test
  void eachPageWorksWithTheKeyboardAloneAndFitsALaptopScreen() throws Exception {
    OutboxEntry entry = deadLetter("channel_not_found");
    String id = OutboxAdminController.idOf(entry.key());
    String text = "Who outside your team would you like to learn from this month?";

    try (HeadlessChromium browser = signedIn("analytics")) {
      // The question bank: from the nav to the heading, then add a question with keys only.
      goByKeyboard(browser, "Question bank", "questions-title");
      browser.waitUntil("document.querySelector('#questions-list table')", WAIT);
      browser.tabUntil("e.id === 'q-add-text'", 40);
      browser.type(text);
      browser.tabUntil("e.textContent === 'Add'", 5);
      assertThat(
              browser.evaluate("getComputedStyle(document.activeElement).outlineStyle").asString())
          .as("focus is visible")
          .isNotEqualTo("none");
      browser.press("Enter", false);
      browser.waitUntil(
          "document.getElementById('questions-list').textContent.includes('" + text + "')", WAIT);
      browser.tabUntil("e.getAttribute('aria-label') === 'Retire: " + text + "'", 200);
      browser.press("Enter", false);
      browser.waitUntil(statusOf("questions") + " === 'Retired: " + text + "'", WAIT);
      assertThat(browser.evaluate("document.activeElement.id").asString())
          .isEqualTo("questions-status");
      assertNoSideScroll(browser);

      // Cohorts: create one, add a member and start a round, with keys only.
      goByKeyboard(browser, "Cohorts and rounds", "cohorts-title");
      browser.waitUntil("document.getElementById('cohorts-list').textContent !== ''", WAIT);
      browser.tabUntil("e.id === 'c-create-name'", 40);
      browser.type("Mentoring circle");
      browser.tabUntil("e.textContent === 'Create'", 10);
      browser.press("Enter", false);
      browser.waitUntil("document.activeElement.id === 'cohort-detail-title'", WAIT);
      for (String email : MEMBERS.subList(0, 2)) {
        browser.tabUntil("e.id === 'c-member-email'", 20);
        browser.type(email);
        browser.press("Enter", false);
        browser.waitUntil(
            "document.getElementById('cohort-members').textContent.includes('" + email + "')",
            WAIT);
      }
      browser.tabUntil("e.textContent === 'Start the next round now'", 40);
      browser.press("Enter", false);
      browser.waitUntil("document.getElementById('round-figures')", WAIT);
      assertThat(figure(browser, "Groups made")).isEqualTo("1");
      assertNoSideScroll(browser);

      // Outbox: retry a dead letter with keys only.
      goByKeyboard(browser, "Outbox", "outbox-title");
      browser.waitUntil("document.querySelector('#outbox-list tr[data-id=\"" + id + "\"]')", WAIT);
      browser.tabUntil("e.textContent === 'Retry'", 20);
      browser.press("Enter", false);
      browser.waitUntil("!document.querySelector('#outbox-list tr[data-id=\"" + id + "\"]')", WAIT);
      assertThat(browser.evaluate("document.activeElement.id").asString())
          .isEqualTo("outbox-status");
      assertNoSideScroll(browser);
    }
  }

  /** Tabs back to the nav link, follows it, and checks that focus is on the page's heading. */
  private static void goByKeyboard(HeadlessChromium browser, String link, String heading)
      throws InterruptedException {
    browser.tabUntil("e.tagName === 'A' && e.textContent === '" + link + "'", 300, true);
    browser.press("Enter", false);
    browser.waitUntil("document.activeElement.id === '" + heading + "'", WAIT);
  }

  private static void assertNoSideScroll(HeadlessChromium browser) {
    assertThat(browser.evaluate("document.documentElement.scrollWidth").asInt())
        .as("nothing wider than a 1366-pixel screen")
        .isLessThanOrEqualTo(1366);
  }

  private HeadlessChromium signedIn(String page) throws Exception {
    String token = orgToken(orgId);
    HeadlessChromium browser = HeadlessChromium.start(chromium);
    try {
      browser.viewport(1366, 768);
      browser.navigate(admin.base() + "/admin#" + page);
      browser.waitUntil(
          "document.readyState === 'complete' && !document.getElementById('sign-in').hidden", WAIT);
      browser.evaluate(
          "{ const f = document.getElementById('sign-in-form');"
              + "f.token.value = '"
              + token
              + "'; f.org.value = '"
              + orgId
              + "'; f.requestSubmit(); } true");
      browser.waitUntil("!document.getElementById('" + page + "').hidden", WAIT);
      return browser;
    } catch (Exception | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  /** A dead letter as the outbox keeps one after its last attempt failed. */
  private OutboxEntry deadLetter(String reason) {
    OrgId org = new OrgId(orgId);
    PersonId demis =
        directory.findByEmail(org, new Email("demis.gupta@acme.example")).orElseThrow().id();
    OutboxEntry entry =
        new OutboxEntry(
            DedupeKey.of(org, "career-move", demis.value()),
            new Recipient(org, demis, Platform.SLACK, "U0DEMIS"),
            OutboundMessage.builder(SECRET).build(),
            Instant.now(),
            Instant.now(),
            11,
            Optional.of(reason));
    outbox.enqueue(entry);
    outbox.markDead("test", entry, reason, Instant.now());
    return entry;
  }

  private static String statusOf(String page) {
    return "document.getElementById('" + page + "-status').textContent";
  }

  private static String themeTableHas(String theme, String text) {
    return "(document.querySelector('#questions-list table[data-theme="
        + theme
        + "]')?.textContent || '').includes('"
        + text
        + "')";
  }

  private static String figure(HeadlessChromium browser, String name) {
    return browser
        .evaluate(
            "[...document.querySelectorAll('#round-figures tbody tr')]"
                + ".find(r => r.cells[0].textContent === '"
                + name
                + "').cells[1].textContent")
        .asString();
  }

  private static List<String> cells(HeadlessChromium browser, String id) {
    JsonNode cells =
        browser.evaluate(
            "[...document.querySelector('#outbox-list tr[data-id=\""
                + id
                + "\"]').cells].map(c => c.textContent)");
    return cells.valueStream().map(JsonNode::asString).toList();
  }
}

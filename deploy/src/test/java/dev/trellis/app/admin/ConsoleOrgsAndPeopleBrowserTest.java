package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's sign-in, Organisations page and People and 1:1s page in headless Chromium, on a
 * laptop's 1366x768 screen: the operator creates an org and sees its platforms; the acme people and
 * their 1:1s are uploaded from the file inputs and the directory shows 183 people, paged and
 * searchable; the file with eight errors shows each with its line; an org token sees its own org
 * only; and the pages work with the keyboard alone. Screenshots go to {@code
 * deploy/target/console-screenshots/}.
 */
class ConsoleOrgsAndPeopleBrowserTest extends AdminApiTestBase {

  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private HeadlessChromium browser;

  @BeforeEach
  void givenChromiumOnALaptopScreen() throws Exception {
    Optional<Path> found = HeadlessChromium.find();
    assumeTrue(
        found.isPresent(),
        "Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
    browser = HeadlessChromium.start(found.get());
    browser.viewport(1366, 768);
  }

  @AfterEach
  void closeTheBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theOperatorSignsInWithoutAnOrgCreatesOneAndSeesWhatItIsConnectedTo() throws Exception {
    Answer page = admin.withToken(null).get("/admin");
    assertThat(page.body()).doesNotContain("https://").doesNotContainPattern(" on[a-z]+=");

    signIn(TOKEN, "");
    browser.waitUntil("!document.getElementById('orgs').hidden", WAIT);
    assertThat(text("current-org")).isEqualTo("Operator: choose an organisation");
    browser.evaluate(
        "{ const f = document.getElementById('org-create-form');"
            + "f.id.value = '"
            + orgId
            + "'; f.name.value = 'Acme'; f.requestSubmit(); } true");
    browser.waitUntil(
        "document.getElementById('orgs-status').textContent === 'Organisation "
            + orgId
            + " saved.'",
        WAIT);
    assertThat(admin.get("/api/admin/orgs/" + orgId).json().at("/name").asString())
        .isEqualTo("Acme");

    click(
        "[...document.querySelectorAll('#orgs-table button')]"
            + ".find(b => b.textContent === 'Work on "
            + orgId
            + "')");
    browser.waitUntil("document.querySelectorAll('#platforms-table tbody tr').length === 2", WAIT);

    assertThat(text("current-org")).isEqualTo("Organisation: " + orgId + " (operator)");
    assertThat(rows("#platforms-table"))
        .containsExactly(
            "Slack | not linked | 0 | Needs attention: No Slack workspace is linked: set the org's"
                + " slackTeamId, or install Trellis there | Sync Slack now",
            "Teams | not linked | 0 | Needs attention: No Teams tenant is linked: set the org's"
                + " teamsTenantId, or install Trellis there | Sync Teams now");
    browser.evaluate(
        "{ const l = document.getElementById('org-link-form');"
            + "l.teamsTenantId.value = 'd5bbbc8f-247a-42e2-ba00-"
            + orgId.substring(4)
            + "0000'; l.requestSubmit(); } true");
    browser.waitUntil(
        "document.getElementById('orgs-status').textContent === 'Links saved.'", WAIT);
    assertThat(rows("#platforms-table").get(1))
        .startsWith("Teams | d5bbbc8f-247a-42e2-ba00-")
        .contains("MICROSOFT_APP_ID");
    assertFitsTheScreen();
    browser.screenshot(SCREENSHOTS.resolve("orgs.png"));
    assertThat(Files.size(SCREENSHOTS.resolve("orgs.png"))).isGreaterThan(10_000);
  }

  @Test
  void uploadingTheAcmePeopleShows183PagedAndSearchableAndTheirOneOnOnes() throws Exception {
    admin.createOrg(orgId);
    signIn(orgToken(orgId), orgId);
    goTo("people");

    upload("#people-file", "people-upload-form", "acme-people.csv");
    browser.waitUntil(statusIs("import-status", "People imported: 183 created"), WAIT);
    browser.waitUntil(statusIs("directory-status", "183 people. Page 1 of 4."), WAIT);
    assertThat(rows("#directory-table")).hasSize(50);

    click("document.getElementById('directory-next')");
    browser.waitUntil(statusIs("directory-status", "183 people. Page 2 of 4."), WAIT);
    browser.evaluate(
        "{ const s = document.getElementById('directory-search-form');"
            + "s.q.value = 'cynthia.dlamini'; s.requestSubmit(); } true");
    browser.waitUntil(statusIs("directory-status", "1 person matches"), WAIT);
    assertThat(rows("#directory-table"))
        .containsExactly(
            "Cynthia Dlamini | cynthia.dlamini@acme.example | erich.ghemawat@acme.example"
                + " | Engineering | Asia/Kolkata | linked | linked");

    upload("#one-on-ones-file", "one-on-ones-upload-form", "acme-one-on-ones.csv");
    browser.waitUntil(statusIs("import-status", "1:1s imported:"), WAIT);
    int oneOnOnes = admin.get(oneOnOnes()).json().size();
    browser.waitUntil(statusIs("one-on-ones-summary", "1:1s (" + oneOnOnes + ")"), WAIT);
    assertThat(oneOnOnes).isPositive();
    assertFitsTheScreen();
    browser.screenshot(SCREENSHOTS.resolve("people.png"));
  }

  @Test
  void uploadingPeopleWithErrorsShowsTheEightProblemsWithTheirLinesAndChangesNothing()
      throws Exception {
    admin.createOrg(orgId);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
    signIn(TOKEN, orgId);
    goTo("people");

    upload("#people-file", "people-upload-form", "people-with-errors.csv");
    browser.waitUntil("!document.getElementById('import-errors').hidden", WAIT);

    assertThat(text("import-error"))
        .isEqualTo(
            "8 problems found; nothing was imported. Fix them and send the whole file again.");
    List<String> problems = rows("#import-errors");
    assertThat(problems).hasSize(8);
    assertThat(problems.stream().map(r -> r.substring(0, r.indexOf(" | ", r.indexOf(" | ") + 1))))
        .containsExactly(
            "3 | time_zone",
            "4 | name",
            "5 | manager_email",
            "6 | email",
            "7 | email",
            "8 | manager_email",
            "9 | manager_email",
            "10 | working_days");
    assertThat(problems.get(0)).contains("Mars/Olympus_Mons");
    assertThat(
            browser
                .evaluate(
                    "[...document.querySelectorAll('#import-errors th')].map(t => t.scope).join()")
                .asString())
        .isEqualTo("col,col,col");
    assertThat(text("directory-status")).startsWith("183 people.");
    browser.screenshot(SCREENSHOTS.resolve("people-errors.png"));
  }

  @Test
  void anOrgTokenSeesItsOwnOrgOnlyAndIsToldWhyElsewhere() throws Exception {
    admin.createOrg(orgId);
    String other = orgId + "-other";
    admin.createOrg(other);
    String token = orgToken(orgId);

    signIn(token, other);
    browser.waitUntil("document.getElementById('sign-in-error').textContent !== ''", WAIT);
    assertThat(text("sign-in-error"))
        .isEqualTo("Not found: this token opens org '" + orgId + "' only");
    signIn(token, "");
    browser.waitUntil(statusIs("sign-in-error", "This token opens one organisation"), WAIT);
    signIn("not-a-token", orgId);
    browser.waitUntil(statusIs("sign-in-error", "The token was not accepted"), WAIT);
    assertThat(browser.evaluate("sessionStorage.getItem('trellis.admin')").isNull()).isTrue();

    signIn(token, orgId);
    browser.waitUntil("document.querySelectorAll('#platforms-table tbody tr').length === 2", WAIT);
    assertThat(browser.evaluate("document.getElementById('orgs-operator').hidden").asBoolean())
        .isTrue();
    assertThat(rows("#orgs-table")).isEmpty();
    assertThat(browser.evaluate("document.getElementById('org-link-form').hidden").asBoolean())
        .isTrue();
    assertThat(text("current-org")).isEqualTo("Organisation: " + orgId);
    assertThat(browser.evaluate("document.body.textContent").asString()).doesNotContain(other);
  }

  @Test
  void theKeyboardAloneSignsInMovesBetweenPagesUploadsAndSearches() throws Exception {
    admin.createOrg(orgId);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
    browser.navigate(admin.base() + "/admin");
    browser.waitUntil("document.activeElement && document.activeElement.id === 'token'", WAIT);

    browser.type(TOKEN);
    tab();
    assertThat(focused()).isEqualTo("org");
    browser.type(orgId);
    tab();
    assertThat(focused()).isEqualTo("BUTTON Sign in");
    browser.press("Enter", false);
    browser.waitUntil("document.activeElement.id === 'orgs-title'", WAIT);
    assertThat(
            browser
                .evaluate(
                    "[...document.querySelectorAll('input, select, textarea')]"
                        + ".filter(i => i.labels.length === 0).map(i => i.id).join()")
                .asString())
        .isEmpty();

    for (int i = 0; i < 8 && !focused().equals("A People and 1:1s"); i++) {
      browser.press("Tab", true);
    }
    assertThat(focused()).isEqualTo("A People and 1:1s");
    assertThat(browser.evaluate("getComputedStyle(document.activeElement).outlineStyle").asString())
        .isEqualTo("solid");
    browser.press("Enter", false);
    browser.waitUntil("document.activeElement.id === 'people-title'", WAIT);
    browser.waitUntil(statusIs("directory-status", "183 people."), WAIT);

    tab();
    assertThat(focused()).isEqualTo("people-file");
    tab();
    assertThat(focused()).isEqualTo("BUTTON Upload people");
    tab();
    assertThat(focused()).isEqualTo("one-on-ones-file");
    tab();
    assertThat(focused()).isEqualTo("BUTTON Upload 1:1s");
    tab();
    assertThat(focused()).isEqualTo("directory-q");
    browser.type("erich.ghemawat");
    browser.press("Enter", false);
    browser.waitUntil(statusIs("directory-status", "1 person matches"), WAIT);
    browser.evaluate("document.getElementById('directory-q').value = ''; true");
    browser.press("Enter", false);
    browser.waitUntil(statusIs("directory-status", "183 people. Page 1 of 4."), WAIT);
    tab();
    assertThat(focused()).isEqualTo("BUTTON Search");
    tab();
    assertThat(focused()).isEqualTo("BUTTON Next page");
    browser.press("Enter", false);
    browser.waitUntil(statusIs("directory-status", "Page 2 of 4."), WAIT);
    assertThat(focused()).isEqualTo("BUTTON Next page");

    for (int i = 0; i < 30 && !focused().equals("BUTTON Sign out"); i++) {
      browser.press("Tab", true);
    }
    browser.press(" ", false);
    browser.waitUntil("document.activeElement.id === 'token'", WAIT);
    assertThat(browser.evaluate("sessionStorage.getItem('trellis.admin')").isNull()).isTrue();
  }

  // --- driving the page

  private void signIn(String token, String org) throws InterruptedException {
    if (!browser.evaluate("location.pathname === '/admin'").asBoolean()) {
      browser.navigate(admin.base() + "/admin");
      browser.waitUntil(
          "document.readyState === 'complete' && !document.getElementById('sign-in').hidden", WAIT);
    }
    browser.evaluate(
        "document.getElementById('sign-in-error').textContent = '';"
            + "{ const f = document.getElementById('sign-in-form');"
            + ("f.token.value = '" + token + "'; f.org.value = '" + org + "';")
            + "f.requestSubmit(); } true");
  }

  private void goTo(String page) throws InterruptedException {
    browser.waitUntil("document.getElementById('sign-in').hidden", WAIT);
    browser.evaluate("location.hash = '#" + page + "'; true");
    browser.waitUntil("document.activeElement.id === '" + page + "-title'", WAIT);
  }

  private void upload(String input, String form, String fixture) {
    browser.evaluate("document.getElementById('import-status').textContent = ''; true");
    browser.chooseFile(input, Fixtures.org(fixture));
    browser.evaluate("document.getElementById('" + form + "').requestSubmit(); true");
  }

  private void click(String element) {
    browser.evaluate("(" + element + ").click(); true");
  }

  private void tab() {
    browser.press("Tab", false);
  }

  /** The focused element: its id, or its tag and text for a button or link. */
  private String focused() {
    return browser
        .evaluate(
            "(e => e.id && e.tagName !== 'BUTTON' ? e.id : e.tagName + ' '"
                + " + e.textContent.trim())(document.activeElement)")
        .asString();
  }

  private String text(String id) {
    return browser.evaluate("document.getElementById('" + id + "').textContent").asString();
  }

  private static String statusIs(String id, String start) {
    return "document.getElementById('"
        + id
        + "').textContent.includes('"
        + start.replace("'", "\\'")
        + "')";
  }

  private List<String> rows(String table) {
    List<String> rows = new ArrayList<>();
    browser
        .evaluate(
            "[...document.querySelectorAll('"
                + table
                + " tbody tr')].map(r => [...r.cells].map(c => c.textContent).join(' | '))")
        .forEach(r -> rows.add(r.asString()));
    return rows;
  }

  private void assertFitsTheScreen() {
    assertThat(browser.evaluate("document.documentElement.scrollWidth").asInt())
        .isLessThanOrEqualTo(1366);
  }
}

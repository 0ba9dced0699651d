package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.AdminClient.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The HR page at {@code /admin} in headless Chromium: it loads without a token, signs in with the
 * org's token, draws its charts from the analytics API over the acme sample, and shows a suppressed
 * group as "fewer than 5 people" with no figure. The screenshot is kept in {@code
 * deploy/target/admin-analytics.png}.
 */
class AdminPageBrowserTest extends AdminApiTestBase {

  static final Path SCREENSHOT = Path.of("target", "admin-analytics.png");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired ApplicationContext service;

  private Path chromium;

  @BeforeEach
  void givenChromiumAndTheAcmeSample() {
    Optional<Path> found = HeadlessChromium.find();
    assumeTrue(
        found.isPresent(),
        "Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
    chromium = found.get();
    new AcmeHistory(service).seed(admin, orgId);
  }

  @Test
  void thePageDrawsTheChartsFromTheApiAndNoFigureForASuppressedGroup() throws Exception {
    Answer page = admin.withToken(null).get("/admin");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Trellis admin").doesNotContain("https://");
    String token = orgToken(orgId);

    try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
      browser.navigate(admin.base() + "/admin#analytics");
      browser.waitUntil(
          "document.readyState === 'complete' && !document.getElementById('sign-in').hidden", WAIT);
      browser.evaluate(
          "const f = document.getElementById('sign-in-form');"
              + "f.token.value = '"
              + token
              + "'; f.org.value = '"
              + orgId
              + "'; f.requestSubmit(); true");
      browser.waitUntil("!document.getElementById('analytics').hidden", WAIT);
      assertThat(browser.evaluate("sessionStorage.getItem('trellis.admin')").asString())
          .contains(orgId);
      browser.evaluate(
          "const a = document.getElementById('analytics-form');"
              + "a.from.value = '2025-01'; a.to.value = '2025-03'; a.groupBy.value = 'department';"
              + "a.requestSubmit(); true");
      browser.waitUntil("document.querySelectorAll('#charts svg').length === 3", WAIT);

      assertThat(
              browser
                  .evaluate(
                      "[...document.querySelectorAll('#charts h3')].map(h => h.textContent).join('|')")
                  .asString())
          .isEqualTo("Career-conversation rate|Reflection response rate|Buddy meetup rate");
      assertThat(
              browser
                  .evaluate(
                      "document.querySelector('#charts svg g[data-group=\"Engineering\"] circle"
                          + " title').textContent")
                  .asString())
          .isEqualTo("Engineering, 2025-01: 8.3%");
      assertThat(suppressedLines(browser, "Other (groups under 5 people)"))
          .containsExactly(
              "Other (groups under 5 people): fewer than 5 people, no figures shown",
              "Other (groups under 5 people): fewer than 5 people, no figures shown",
              "Other (groups under 5 people): fewer than 5 people, no figures shown");
      // Finance is hidden too, or the org's total less the shown groups would give Other away.
      assertThat(suppressedLines(browser, "Finance"))
          .hasSize(3)
          .allMatch(
              line ->
                  line.equals(
                      "Finance: hidden with a group of fewer than 5 people, no figures shown"));
      for (String hidden : List.of("Finance", "Other (groups under 5 people)")) {
        assertThat(
                browser
                    .evaluate(
                        "document.querySelectorAll('#charts [data-group=\""
                            + hidden
                            + "\"]').length")
                    .asInt())
            .isZero();
      }
      assertThat(browser.evaluate("document.getElementById('charts').textContent").asString())
          .doesNotContain("Executive")
          .doesNotContain(AcmeHistory.MARKER);

      browser.screenshot(SCREENSHOT);
    }
    assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
  }

  private static List<String> suppressedLines(HeadlessChromium browser, String group) {
    List<String> lines = new ArrayList<>();
    browser
        .evaluate(
            "[...document.querySelectorAll('[data-suppressed]')]"
                + ".filter(e => e.dataset.suppressed === '"
                + group
                + "').map(e => e.textContent)")
        .forEach(line -> lines.add(line.asString()));
    return lines;
  }

  @Test
  void aWrongTokenIsToldOnThePageAndNothingIsDrawn() throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
      browser.navigate(admin.base() + "/admin/#analytics");
      browser.waitUntil("document.readyState === 'complete'", WAIT);
      browser.evaluate(
          "const f = document.getElementById('sign-in-form');"
              + "f.token.value = 'not-a-token'; f.org.value = '"
              + orgId
              + "'; f.requestSubmit(); true");
      browser.waitUntil("document.getElementById('sign-in-error').textContent !== ''", WAIT);

      assertThat(
              browser.evaluate("document.getElementById('sign-in-error').textContent").asString())
          .contains("The token was not accepted");
      assertThat(browser.evaluate("document.getElementById('analytics').hidden").asBoolean())
          .isTrue();
      assertThat(browser.evaluate("document.querySelectorAll('#charts svg').length").asInt())
          .isZero();
    }
  }
}

package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code /actuator/prometheus} answered, read sample by sample (the text format). */
public record PrometheusText(String text) {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})? (\\S+)$");

  /** Scrapes the running service with the metrics token; the scrape must succeed. */
  public static PrometheusText scrape(int port, String metricsToken) {
    AdminClient.Answer answer = new AdminClient(port, metricsToken).get("/actuator/prometheus");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return new PrometheusText(answer.body());
  }

  /** The samples of {@code name} whose labels contain each of {@code labels} ({@code a="b"}). */
  public List<String> lines(String name, String... labels) {
    return text.lines()
        .filter(
            line -> {
              Matcher m = SAMPLE.matcher(line);
              return m.matches()
                  && m.group(1).equals(name)
                  && List.of(labels).stream()
                      .allMatch(l -> m.group(2) != null && m.group(2).contains(l));
            })
        .toList();
  }

  /** The sum of those samples' values; 0 when there are none. */
  public double sum(String name, String... labels) {
    return lines(name, labels).stream()
        .mapToDouble(
            line -> {
              Matcher m = SAMPLE.matcher(line);
              return m.matches() ? Double.parseDouble(m.group(3)) : 0;
            })
        .sum();
  }
}

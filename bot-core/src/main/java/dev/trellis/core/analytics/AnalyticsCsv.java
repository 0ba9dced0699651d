package dev.trellis.core.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An analytics answer as CSV: one row per group and month, figures in the columns of {@link
 * #HEADER} (a section and field of the JSON, dotted); a suppressed group's rows leave them empty.
 */
public final class AnalyticsCsv {

  static final List<String> FIGURES =
      List.of(
          "oneOnOnes.occurrences",
          "oneOnOnes.careerConversations",
          "oneOnOnes.careerConversationRate",
          "oneOnOnes.peopleWithCareerConversationIn90Days",
          "oneOnOnes.shareWithCareerConversationIn90Days",
          "reflections.sent",
          "reflections.answered",
          "reflections.responseRate",
          "reflections.sharedWithManager",
          "buddy.groups",
          "buddy.met",
          "buddy.meetupRate",
          "buddy.reported",
          "buddy.reportRate",
          "feedback.asked",
          "feedback.answered",
          "feedback.declined",
          "feedback.expired",
          "goals.added",
          "goals.done",
          "goals.dropped",
          "devTime.minutes",
          "devTime.budgetMinutes",
          "devTime.shareOfBudget",
          "opportunities.posted",
          "opportunities.interestShown",
          "opportunities.filled",
          "opportunities.filledFromAnotherTeam");

  public static final String HEADER = "group,people,suppressed,month," + String.join(",", FIGURES);

  private AnalyticsCsv() {}

  public static String of(AnalyticsReport report) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = report.from(); !m.isAfter(report.to()); m = m.plusMonths(1)) {
      months.add(m);
    }
    for (AnalyticsReport.GroupFigures group : report.groups()) {
      for (int i = 0; i < months.size(); i++) {
        csv.append(quoted(group.group()))
            .append(',')
            .append(group.people())
            .append(',')
            .append(group.suppressed())
            .append(',')
            .append(months.get(i));
        Map<String, Object> figures = group.suppressed() ? Map.of() : group.months().get(i);
        for (String column : FIGURES) {
          Object value = figure(figures, column);
          csv.append(',').append(value == null ? "" : value);
        }
        csv.append("\r\n");
      }
    }
    return csv.toString();
  }

  private static Object figure(Map<String, Object> figures, String column) {
    int dot = column.indexOf('.');
    Object section = figures.get(column.substring(0, dot));
    return section instanceof Map<?, ?> fields ? fields.get(column.substring(dot + 1)) : null;
  }

  /** RFC 4180 quoting, and no cell that a spreadsheet would run as a formula. */
  private static String quoted(String text) {
    String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}

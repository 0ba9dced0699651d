package dev.trellis.core.analytics;

import static dev.trellis.core.feature.Counted.BUDDY_GROUP;
import static dev.trellis.core.feature.Counted.BUDDY_MET;
import static dev.trellis.core.feature.Counted.BUDDY_REPORTED;
import static dev.trellis.core.feature.Counted.DEV_TIME_BUDGET_MINUTES;
import static dev.trellis.core.feature.Counted.DEV_TIME_MINUTES;
import static dev.trellis.core.feature.Counted.FEEDBACK_ANSWERED;
import static dev.trellis.core.feature.Counted.FEEDBACK_ASKED;
import static dev.trellis.core.feature.Counted.FEEDBACK_DECLINED;
import static dev.trellis.core.feature.Counted.FEEDBACK_EXPIRED;
import static dev.trellis.core.feature.Counted.ONE_ON_ONE;
import static dev.trellis.core.feature.Counted.ONE_ON_ONE_DEVELOPMENT;
import static dev.trellis.core.feature.Counted.OPPORTUNITY_FILLED;
import static dev.trellis.core.feature.Counted.OPPORTUNITY_FILLED_ACROSS;
import static dev.trellis.core.feature.Counted.OPPORTUNITY_INTEREST;
import static dev.trellis.core.feature.Counted.OPPORTUNITY_POSTED;
import static dev.trellis.core.feature.Counted.PROMPT_ANSWERED;
import static dev.trellis.core.feature.Counted.PROMPT_SENT;
import static dev.trellis.core.feature.Counted.SHARED_WITH_MANAGER;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one shown group in one month, as a JSON object of sections (the README's "HR
 * analytics" defines each). A rate is {@code null} when nothing was there to divide by.
 */
final class MonthFigures {

  private MonthFigures() {}

  static Map<String, Object> of(MonthlyTallies t, String place, YearMonth month, int people) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("month", month.toString());
    long occurrences = t.count(place, month, ONE_ON_ONE);
    long development = t.count(place, month, ONE_ON_ONE_DEVELOPMENT);
    int withConversation = t.peopleWithConversation(place, month);
    figures.put(
        "oneOnOnes",
        section(
            "occurrences", occurrences,
            "careerConversations", development,
            "careerConversationRate", rate(development, occurrences),
            "peopleWithCareerConversationIn90Days", withConversation,
            "shareWithCareerConversationIn90Days", rate(withConversation, people)));
    long sent = t.count(place, month, PROMPT_SENT);
    long answered = t.count(place, month, PROMPT_ANSWERED);
    figures.put(
        "reflections",
        section(
            "sent",
            sent,
            "answered",
            answered,
            "responseRate",
            rate(answered, sent),
            "sharedWithManager",
            t.count(place, month, SHARED_WITH_MANAGER)));
    long groups = t.count(place, month, BUDDY_GROUP);
    long met = t.count(place, month, BUDDY_MET);
    long reported = t.count(place, month, BUDDY_REPORTED);
    figures.put(
        "buddy",
        section(
            "groups", groups,
            "met", met,
            "meetupRate", rate(met, groups),
            "reported", reported,
            "reportRate", rate(reported, groups)));
    figures.put(
        "feedback",
        section(
            "asked", t.count(place, month, FEEDBACK_ASKED),
            "answered", t.count(place, month, FEEDBACK_ANSWERED),
            "declined", t.count(place, month, FEEDBACK_DECLINED),
            "expired", t.count(place, month, FEEDBACK_EXPIRED)));
    figures.put("goals", goals(t, place, month));
    long minutes = t.count(place, month, DEV_TIME_MINUTES);
    long budget = t.count(place, month, DEV_TIME_BUDGET_MINUTES);
    figures.put(
        "devTime",
        section(
            "minutes", minutes,
            "budgetMinutes", budget,
            "shareOfBudget", rate(minutes, budget)));
    figures.put(
        "opportunities",
        section(
            "posted", t.count(place, month, OPPORTUNITY_POSTED),
            "interestShown", t.count(place, month, OPPORTUNITY_INTEREST),
            "filled", t.count(place, month, OPPORTUNITY_FILLED),
            "filledFromAnotherTeam", t.count(place, month, OPPORTUNITY_FILLED_ACROSS)));
    return figures;
  }

  private static Map<String, Object> goals(MonthlyTallies t, String place, YearMonth month) {
    Map<String, Object> goals = new LinkedHashMap<>();
    Map<String, Map<String, Long>> byDirection = new TreeMap<>();
    for (String event : new String[] {"added", "done", "dropped"}) {
      Map<String, Long> counts = t.countsStartingWith(place, month, "goal." + event + ".");
      goals.put(event, counts.values().stream().mapToLong(Long::longValue).sum());
      counts.forEach(
          (direction, n) ->
              byDirection.computeIfAbsent(direction, d -> new TreeMap<>()).put(event, n));
    }
    goals.put("byDirection", byDirection);
    return goals;
  }

  private static Map<String, Object> section(Object... keysAndValues) {
    Map<String, Object> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return section;
  }

  /** A share rounded to 3 decimals; {@code null} over 0. */
  static Double rate(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
  }
}

package dev.trellis.core.analytics;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HR analytics of an org: per shown group its people and, unless suppressed, its figures per month.
 * Never a person's row, never a text.
 */
public record AnalyticsReport(
    YearMonth from, YearMonth to, Grouping groupBy, int minGroupSize, List<GroupFigures> groups) {

  public AnalyticsReport {
    groups = List.copyOf(groups);
  }

  /** One group: its name, its people, and its months' figures (none when suppressed). */
  public record GroupFigures(
      String group, int people, boolean suppressed, List<Map<String, Object>> months) {

    public GroupFigures {
      months = suppressed ? List.of() : List.copyOf(months);
    }

    public Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("group", group);
      json.put("people", people);
      json.put("suppressed", suppressed);
      if (!suppressed) {
        json.put("months", months);
      }
      return json;
    }
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", from.toString());
    json.put("to", to.toString());
    json.put("groupBy", groupBy.word());
    json.put("interval", "month");
    json.put("minGroupSize", minGroupSize);
    json.put("groups", groups.stream().map(GroupFigures::toJson).toList());
    return json;
  }
}

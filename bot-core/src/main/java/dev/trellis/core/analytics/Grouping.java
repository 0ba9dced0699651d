package dev.trellis.core.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How HR analytics splits an org: not at all, by department, or by manager (their reports). */
public enum Grouping {
  ORG,
  DEPARTMENT,
  MANAGER;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Grouping> ofWord(String word) {
    return Arrays.stream(values()).filter(g -> g.word().equals(word)).findFirst();
  }
}

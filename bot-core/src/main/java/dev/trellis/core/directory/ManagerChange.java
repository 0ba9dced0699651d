package dev.trellis.core.directory;

import java.util.Objects;

/** A report whose manager in the directory is now another person than before. */
public record ManagerChange(Person report, PersonId formerManagerId, PersonId newManagerId) {

  public ManagerChange {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(formerManagerId, "formerManagerId");
    Objects.requireNonNull(newManagerId, "newManagerId");
    if (formerManagerId.equals(newManagerId)) {
      throw new IllegalArgumentException("A manager change needs two different managers");
    }
    if (!report.managerId().filter(newManagerId::equals).isPresent()) {
      throw new IllegalArgumentException("The report's manager is not the new manager");
    }
  }
}

package dev.trellis.core.directory.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one import, keeping at most {@link #LIMIT} to answer with. */
final class ImportErrors {

  static final int LIMIT = 500;

  private final List<ImportError> errors = new ArrayList<>();
  private int count;

  void add(int line, String column, String reason) {
    count++;
    if (errors.size() < LIMIT) {
      errors.add(new ImportError(line, column, reason));
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  ImportOutcome.Rejected rejected() {
    List<ImportError> sorted = new ArrayList<>(errors);
    sorted.sort(null);
    return new ImportOutcome.Rejected(sorted, count > errors.size());
  }

  static ImportOutcome.Rejected of(List<ImportError> errors) {
    ImportErrors collected = new ImportErrors();
    errors.forEach(e -> collected.add(e.line(), e.column(), e.reason()));
    return collected.rejected();
  }
}

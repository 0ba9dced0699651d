package dev.trellis.core.directory.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one import and answers with the first {@link #LIMIT} by line number, so a
 * file with thousands of bad rows still gets a readable answer that starts at the top.
 */
final class ImportErrors {

  static final int LIMIT = 500;

  private final List<ImportError> errors = new ArrayList<>();

  void add(int line, String column, String reason) {
    errors.add(new ImportError(line, column, reason));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  ImportOutcome.Rejected rejected() {
    List<ImportError> sorted = new ArrayList<>(errors);
    sorted.sort(null);
    return new ImportOutcome.Rejected(
        sorted.subList(0, Math.min(LIMIT, sorted.size())), sorted.size() > LIMIT);
  }

  static ImportOutcome.Rejected of(List<ImportError> errors) {
    ImportErrors collected = new ImportErrors();
    errors.forEach(e -> collected.add(e.line(), e.column(), e.reason()));
    return collected.rejected();
  }
}

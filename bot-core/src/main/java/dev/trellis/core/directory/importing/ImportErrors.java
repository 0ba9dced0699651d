package dev.trellis.core.directory.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one import and answers with the first {@link #LIMIT} by line number, so a
 * file with thousands of bad rows still gets a readable answer that starts at the top.
 */
public final class ImportErrors {

  static final int LIMIT = 500;

  private final List<ImportError> errors = new ArrayList<>();

  public void add(int line, String column, String reason) {
    errors.add(new ImportError(line, column, reason));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public ImportOutcome.Rejected rejected() {
    List<ImportError> sorted = new ArrayList<>(errors);
    sorted.sort(null);
    return new ImportOutcome.Rejected(
        sorted.subList(0, Math.min(LIMIT, sorted.size())), sorted.size() > LIMIT);
  }

  public static ImportOutcome.Rejected of(List<ImportError> errors) {
    ImportErrors collected = new ImportErrors();
    errors.forEach(e -> collected.add(e.line(), e.column(), e.reason()));
    return collected.rejected();
  }
}

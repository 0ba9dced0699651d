package dev.trellis.core.directory.importing;

import java.util.List;

/** What an import did: everything, or nothing and why. */
public sealed interface ImportOutcome {

  /** The file was valid and is stored; unchanged rows were not written again. */
  record Imported(int created, int updated, int unchanged) implements ImportOutcome {}

  /**
   * The file was refused whole and nothing changed. {@code truncated} is true when there were more
   * errors than the list holds.
   */
  record Rejected(List<ImportError> errors, boolean truncated) implements ImportOutcome {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}

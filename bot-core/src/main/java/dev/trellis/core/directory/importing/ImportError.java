package dev.trellis.core.directory.importing;

/**
 * Why one line of an import file was refused. Line 1 is the header; {@code column} is empty when
 * the problem is not about one column.
 */
public record ImportError(int line, String column, String reason)
    implements Comparable<ImportError> {

  @Override
  public int compareTo(ImportError other) {
    return Integer.compare(line, other.line);
  }
}

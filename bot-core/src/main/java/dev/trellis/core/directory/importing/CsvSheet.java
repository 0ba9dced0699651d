package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.importing.CsvParser.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file with a header row, checked against the columns an import knows: every required column
 * must be there, unknown ones are refused (a misspelt column would otherwise be silently ignored),
 * and every row must have as many fields as the header.
 */
public final class CsvSheet {

  /** The columns an import reads. */
  public record Columns(List<String> required, List<String> optional) {
    List<String> all() {
      List<String> all = new ArrayList<>(required);
      all.addAll(optional);
      return all;
    }
  }

  /** One data row; {@code get} answers "" for an optional column the file does not have. */
  public static final class Row {
    private final int line;
    private final Map<String, Integer> index;
    private final List<String> fields;

    private Row(int line, Map<String, Integer> index, List<String> fields) {
      this.line = line;
      this.index = index;
      this.fields = fields;
    }

    public int line() {
      return line;
    }

    public String get(String column) {
      Integer i = index.get(column);
      return i == null ? "" : fields.get(i).trim();
    }

    boolean hasColumn(String column) {
      return index.containsKey(column);
    }
  }

  /** Either the rows, or the errors that make the file unreadable. */
  public sealed interface Result {
    record Readable(List<Row> rows) implements Result {}

    record Unreadable(List<ImportError> errors) implements Result {}
  }

  private CsvSheet() {}

  public static Result read(String text, Columns columns) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      return unreadable(
          1, "", "the file is empty; expected a header line: " + String.join(",", columns.all()));
    }
    CsvParser.Result parsed = CsvParser.parse(body);
    if (parsed instanceof CsvParser.Result.Malformed malformed) {
      return unreadable(malformed.line(), "", "not valid CSV: " + malformed.reason());
    }
    List<CsvRecord> records = ((CsvParser.Result.Parsed) parsed).records();
    CsvRecord header = records.get(0);
    List<ImportError> headerErrors = new ArrayList<>();
    Map<String, Integer> index = indexHeader(header, columns, headerErrors);
    if (!headerErrors.isEmpty()) {
      return new Result.Unreadable(headerErrors);
    }
    List<Row> rows = new ArrayList<>();
    List<ImportError> shapeErrors = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      if (record.isBlank()) {
        continue;
      }
      if (record.fields().size() != header.fields().size()) {
        shapeErrors.add(
            new ImportError(
                record.line(),
                "",
                "expected "
                    + header.fields().size()
                    + " fields as in the header, found "
                    + record.fields().size()));
        continue;
      }
      rows.add(new Row(record.line(), index, record.fields()));
    }
    if (!shapeErrors.isEmpty()) {
      return new Result.Unreadable(shapeErrors);
    }
    if (rows.isEmpty()) {
      return unreadable(2, "", "the file has a header but no rows");
    }
    return new Result.Readable(rows);
  }

  private static Map<String, Integer> indexHeader(
      CsvRecord header, Columns columns, List<ImportError> errors) {
    Map<String, Integer> index = new HashMap<>();
    Set<String> known = new LinkedHashSet<>(columns.all());
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
      if (!known.contains(name)) {
        errors.add(
            new ImportError(
                1,
                name,
                "unknown column '"
                    + header.fields().get(i).trim()
                    + "'; known columns: "
                    + String.join(",", columns.all())));
      } else if (index.putIfAbsent(name, i) != null) {
        errors.add(new ImportError(1, name, "column '" + name + "' appears twice"));
      }
    }
    for (String required : columns.required()) {
      if (!index.containsKey(required)) {
        errors.add(new ImportError(1, required, "required column '" + required + "' is missing"));
      }
    }
    return index;
  }

  private static Result unreadable(int line, String column, String reason) {
    return new Result.Unreadable(List.of(new ImportError(line, column, reason)));
  }
}

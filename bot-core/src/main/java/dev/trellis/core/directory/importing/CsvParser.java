package dev.trellis.core.directory.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma separated, fields optionally in double quotes, a doubled quote inside
 * quotes is a quote, quoted fields may hold commas and line breaks, lines end in LF or CRLF. Each
 * record remembers the line it starts on, so errors can name it.
 */
final class CsvParser {

  record CsvRecord(int line, List<String> fields) {
    boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  /** Either all records, or the line where the text stopped being CSV. */
  sealed interface Result {
    record Parsed(List<CsvRecord> records) implements Result {}

    record Malformed(int line, String reason) implements Result {}
  }

  private CsvParser() {}

  static Result parse(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int quoteOpenedOn = 0;
    boolean inQuotes = false;
    boolean fieldWasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            inQuotes = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || fieldWasQuoted) {
          return new Result.Malformed(line, "a quote in the middle of an unquoted field");
        }
        inQuotes = true;
        fieldWasQuoted = true;
        quoteOpenedOn = line;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        fields.add(field.toString());
        records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
        fieldWasQuoted = false;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        recordLine = line;
      } else {
        if (fieldWasQuoted) {
          return new Result.Malformed(line, "text after a closing quote");
        }
        field.append(c);
      }
      i++;
    }
    if (inQuotes) {
      return new Result.Malformed(quoteOpenedOn, "a quoted field is never closed");
    }
    if (field.length() > 0 || fieldWasQuoted || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(new CsvRecord(recordLine, List.copyOf(fields)));
    }
    return new Result.Parsed(records);
  }
}

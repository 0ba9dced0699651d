package dev.trellis.core.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.importing.CsvParser.CsvRecord;
import dev.trellis.core.directory.importing.CsvParser.Result.Malformed;
import dev.trellis.core.directory.importing.CsvParser.Result.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  @Test
  void shouldSplitUnquotedFieldsOnCommasAndKeepEmptyOnes() {
    List<CsvRecord> records = parsed("a,,c,\n");

    assertThat(records).containsExactly(new CsvRecord(1, List.of("a", "", "c", "")));
  }

  @Test
  void shouldKeepCommasInsideQuotedFields() {
    List<CsvRecord> records = parsed("name,days\nAda,\"Mon,Tue,Wed\"\n");

    assertThat(records.get(1).fields()).containsExactly("Ada", "Mon,Tue,Wed");
  }

  @Test
  void shouldReadADoubledQuoteInsideQuotesAsOneQuote() {
    List<CsvRecord> records = parsed("\"She said \"\"hi\"\"\",\"\"\"\",\"\"\n");

    assertThat(records.get(0).fields()).containsExactly("She said \"hi\"", "\"", "");
  }

  @Test
  void shouldKeepANewlineInsideQuotesAndNumberTheRecordByTheLineItStartsOn() {
    String text = "h1,h2\n\"first\nsecond\",x\nnext,row\n";

    List<CsvRecord> records = parsed(text);

    assertThat(records)
        .containsExactly(
            new CsvRecord(1, List.of("h1", "h2")),
            new CsvRecord(2, List.of("first\nsecond", "x")),
            new CsvRecord(4, List.of("next", "row")));
  }

  @Test
  void shouldCountCrlfInsideQuotesAsOneLine() {
    String text = "h1,h2\r\n\"a\r\nb\r\nc\",x\r\nlast,row\r\n";

    List<CsvRecord> records = parsed(text);

    assertThat(records.get(1)).isEqualTo(new CsvRecord(2, List.of("a\r\nb\r\nc", "x")));
    assertThat(records.get(2).line()).isEqualTo(5);
  }

  @Test
  void shouldAcceptCrlfAndLfLineEndingsAlike() {
    List<CsvRecord> crlf = parsed("a,b\r\nc,d\r\ne,f\r\n");
    List<CsvRecord> lf = parsed("a,b\nc,d\ne,f\n");
    List<CsvRecord> mixed = parsed("a,b\r\nc,d\ne,f\r\n");

    List<CsvRecord> expected =
        List.of(
            new CsvRecord(1, List.of("a", "b")),
            new CsvRecord(2, List.of("c", "d")),
            new CsvRecord(3, List.of("e", "f")));
    assertThat(crlf).isEqualTo(expected);
    assertThat(lf).isEqualTo(expected);
    assertThat(mixed).isEqualTo(expected);
  }

  @Test
  void shouldReadTheLastRecordWithoutAFinalNewline() {
    List<CsvRecord> records = parsed("a,b\nc,\"d\"");

    assertThat(records)
        .containsExactly(new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", "d")));
  }

  @Test
  void shouldNotAddAnEmptyRecordAfterTheFinalNewline() {
    assertThat(parsed("a,b\n")).hasSize(1);
    assertThat(parsed("a,b\r\n")).hasSize(1);
  }

  @Test
  void shouldKeepABlankLineInTheMiddleAsABlankRecordWithItsLineNumber() {
    List<CsvRecord> records = parsed("a\n\nb\n");

    assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
    assertThat(records.get(1).isBlank()).isTrue();
  }

  @Test
  void shouldReportAnUnterminatedQuoteAtTheLineWhereItOpened() {
    String text = "a,b\nc,d\ne,\"never\nclosed\nat all\n";

    CsvParser.Result result = CsvParser.parse(text);

    assertThat(result).isInstanceOf(Malformed.class);
    Malformed malformed = (Malformed) result;
    assertThat(malformed.line()).isEqualTo(3);
    assertThat(malformed.reason()).contains("never closed");
  }

  @Test
  void shouldRejectAQuoteInTheMiddleOfAnUnquotedField() {
    String text = "a,b\nc,d\"e\n";

    CsvParser.Result result = CsvParser.parse(text);

    assertThat(result).isEqualTo(new Malformed(2, "a quote in the middle of an unquoted field"));
  }

  @Test
  void shouldRejectTextAfterAClosingQuote() {
    String text = "a,b\n\"c\"d,e\n";

    CsvParser.Result result = CsvParser.parse(text);

    assertThat(result).isEqualTo(new Malformed(2, "text after a closing quote"));
  }

  @Test
  void shouldReportMalformedLinesAfterAMultiLineFieldAtTheirOwnLine() {
    String text = "a,b\n\"x\ny\",z\nbad\"quote,w\n";

    CsvParser.Result result = CsvParser.parse(text);

    assertThat(result).isInstanceOf(Malformed.class);
    assertThat(((Malformed) result).line()).isEqualTo(4);
  }

  private static List<CsvRecord> parsed(String text) {
    CsvParser.Result result = CsvParser.parse(text);
    assertThat(result).isInstanceOf(Parsed.class);
    return ((Parsed) result).records();
  }
}

package dev.trellis.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void writesObjectsInOrderWithArraysNumbersBooleansAndNull() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("b", 1);
    object.put("a", List.of(true, false, 2.5, 3L));
    object.put("c", null);
    object.put("d", Map.of());

    assertThat(JsonWriter.write(object))
        .isEqualTo("{\"b\":1,\"a\":[true,false,2.5,3],\"c\":null,\"d\":{}}");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharactersAndKeepsOtherScripts() {
    assertThat(JsonWriter.write("say \"hi\" \\ now\n\ttab\r\b\f\u0001 \u2028 Grüße 日本 🌱"))
        .isEqualTo("\"say \\\"hi\\\" \\\\ now\\n\\ttab\\r\\b\\f\\u0001 \\u2028 Grüße 日本 🌱\"");
  }

  @Test
  void refusesWhatJsonCannotHold() {
    assertThatThrownBy(() -> JsonWriter.write(Map.of(1, "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.write(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

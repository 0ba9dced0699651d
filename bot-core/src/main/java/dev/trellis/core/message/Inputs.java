package dev.trellis.core.message;

import java.util.regex.Pattern;

final class Inputs {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private Inputs() {}

  static void check(String id, String label) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not an input id: '" + id + "'");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("Input " + id + " needs a label");
    }
  }
}

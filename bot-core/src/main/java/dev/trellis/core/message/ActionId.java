package dev.trellis.core.message;

import java.util.regex.Pattern;

/**
 * What a button or form means to the engine, such as {@code reflection.skip}. Short and plain so
 * that every platform can carry it (Slack allows 255 characters).
 */
public record ActionId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  public ActionId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an action id: '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

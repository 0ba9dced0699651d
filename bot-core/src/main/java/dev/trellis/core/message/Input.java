package dev.trellis.core.message;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A field a person fills in: in a form, or inline where the platform allows it. */
public sealed interface Input {

  /** The key the value comes back under. */
  String id();

  String label();

  boolean optional();

  /** Free text, one line or several. */
  record Text(
      String id,
      String label,
      boolean multiline,
      Optional<String> initial,
      Optional<String> placeholder,
      int maxLength,
      boolean optional)
      implements Input {
    public Text {
      Inputs.check(id, label);
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be positive");
      }
    }
  }

  /** One choice among options. */
  record Select(
      String id, String label, List<Choice> choices, Optional<String> initial, boolean optional)
      implements Input {
    public Select {
      Inputs.check(id, label);
      choices = List.copyOf(choices);
      if (choices.isEmpty()) {
        throw new IllegalArgumentException("A select needs choices");
      }
    }
  }

  /** A calendar date. */
  record Date(String id, String label, Optional<LocalDate> initial, boolean optional)
      implements Input {
    public Date {
      Inputs.check(id, label);
    }
  }

  /** A time of day. */
  record Time(String id, String label, Optional<LocalTime> initial, boolean optional)
      implements Input {
    public Time {
      Inputs.check(id, label);
    }
  }

  /** An option of a select: the value that comes back and the label shown. */
  record Choice(String value, String label) {}
}

package dev.trellis.teams;

/**
 * The keys Trellis puts in an Adaptive Card's {@code Action.Submit} data, and reads back from the
 * activity's {@code value} when it is pressed. Inputs come back beside them, under their ids.
 */
public final class CardData {

  /** A button: the engine's action id. */
  public static final String ACTION = "trellisAction";

  /** A button: the value it carries (a prompt id, say). */
  public static final String VALUE = "trellisValue";

  /** A form's submit button: the form's submit action id. */
  public static final String SUBMIT = "trellisSubmit";

  /** A form's submit button: the form's reference (what it answers). */
  public static final String REFERENCE = "trellisReference";

  private CardData() {}
}

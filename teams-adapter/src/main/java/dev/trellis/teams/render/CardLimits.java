package dev.trellis.teams.render;

/**
 * The limits the renderer keeps to.
 *
 * <p>Teams rejects a message over about 28 KB (the whole activity, not only the card). The card's
 * JSON is kept under {@link #MAX_CARD_BYTES}, which leaves room for the activity's envelope and its
 * summary of at most {@link #MAX_SUMMARY_CHARS} characters.
 */
public final class CardLimits {

  /** The Adaptive Card schema version Teams supports on desktop, web and mobile. */
  public static final String VERSION = "1.5";

  /** The most UTF-8 bytes a card's JSON may have. */
  public static final int MAX_CARD_BYTES = 24_000;

  /** The most characters of an activity's summary (the fallback text). */
  public static final int MAX_SUMMARY_CHARS = 1_000;

  /**
   * Buttons shown as buttons; the others go in the card's overflow menu ({@code "mode":
   * "secondary"}, Adaptive Cards 1.5). Teams shows at most six actions in a row.
   */
  public static final int VISIBLE_ACTIONS = 6;

  /** A piece of text is never cut below this many characters while another one is longer. */
  static final int MIN_CUT_CHARS = 80;

  private CardLimits() {}
}

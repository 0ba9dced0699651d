package dev.trellis.slack.render;

/**
 * The Block Kit limits Slack enforces (it refuses the whole message or view when one is passed).
 * Lengths are counted in Java chars (UTF-16 units), which is never fewer than Slack's characters.
 */
final class SlackLimits {

  static final int MESSAGE_BLOCKS = 50;
  static final int VIEW_BLOCKS = 100;
  static final int MESSAGE_TEXT = 40_000;

  static final int HEADER_TEXT = 150;
  static final int SECTION_TEXT = 3000;
  static final int SECTION_FIELDS = 10;
  static final int FIELD_TEXT = 2000;
  static final int CONTEXT_TEXT = 2000;

  static final int ACTIONS_ELEMENTS = 25;
  static final int BUTTON_TEXT = 75;
  static final int BUTTON_VALUE = 2000;

  static final int VIEW_TITLE = 24;
  static final int VIEW_BUTTON = 24;
  static final int PRIVATE_METADATA = 3000;

  static final int INPUT_LABEL = 2000;
  static final int PLACEHOLDER = 150;
  static final int TEXT_INPUT_MAX_LENGTH = 3000;
  static final int SELECT_OPTIONS = 100;
  static final int OPTION_TEXT = 75;
  static final int OPTION_VALUE = 150;

  /** Not documented by Slack; short enough to read under a field. */
  static final int FORM_ERROR = 150;

  private SlackLimits() {}
}

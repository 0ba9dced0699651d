package dev.trellis.app;

/** The order of the features, which is the order of their lines in help. */
final class FeatureOrder {

  static final int REFLECTION = 10;
  static final int SETTINGS = 20;
  static final int ONE_ON_ONE = 30;
  static final int BUDDY = 40;
  static final int GOALS = 45;
  static final int DEV_TIME = 47;
  static final int FEEDBACK = 50;
  static final int OPPORTUNITIES = 60;

  /** My-data: the person's export (before the erasures, which go last). */
  static final int EXPORT = 70;

  /** The platforms' own records of a person: erased while the directory entry still exists. */
  static final int PLATFORM_ERASURES = 80;

  /** Forget-me, and Trellis's own records of a person: erased last, the directory entry too. */
  static final int ERASURE = 90;

  private FeatureOrder() {}
}

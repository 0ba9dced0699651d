package dev.trellis.core.feature;

/** Two features claim the same command, button namespace, form, help topic or step kind. */
public final class DuplicateRouteException extends IllegalStateException {

  DuplicateRouteException(String what, String firstFeature, String secondFeature) {
    super(
        what
            + " is claimed by both "
            + firstFeature
            + " and "
            + secondFeature
            + ": each route belongs to one feature.");
  }
}

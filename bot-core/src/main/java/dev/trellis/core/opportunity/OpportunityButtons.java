package dev.trellis.core.opportunity;

/**
 * The action ids of the opportunity buttons, in the feature's namespace {@code opportunity.}; each
 * button's value is the opportunity's id ({@link OpportunityId}). Shown on the weekly digest and on
 * {@code opportunity list}, pressed by the people who might take one, answered by the feature.
 */
public final class OpportunityButtons {

  public static final String NAMESPACE = "opportunity";

  /** A person is interested: the poster is told privately. */
  public static final String INTERESTED = NAMESPACE + ".interested";

  private OpportunityButtons() {}
}

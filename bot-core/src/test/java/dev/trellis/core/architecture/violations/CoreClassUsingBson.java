package dev.trellis.core.architecture.violations;

import org.bson.Document;

/**
 * A test-only class that breaks the dependency rule on purpose (core outside infra using BSON), so
 * that {@code DependencyRulesTest} can show its rule would catch it.
 */
public final class CoreClassUsingBson {

  private CoreClassUsingBson() {}

  public static Document leaksStorage() {
    return new Document("orgId", "acme");
  }
}

package dev.trellis.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A feature is one package that registers its routes: the router and the shared packages know no
 * feature, features do not know each other's insides through a cycle, and no package of bot-core
 * sits in a cycle with another.
 */
@AnalyzeClasses(packages = "dev.trellis.core", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureBoundariesTest {

  static final String[] FEATURES = {
    "dev.trellis.core.reflection..",
    "dev.trellis.core.oneonone..",
    "dev.trellis.core.buddy..",
    "dev.trellis.core.settings..",
    "dev.trellis.core.goal..",
    "dev.trellis.core.feedback..",
    "dev.trellis.core.devtime..",
    "dev.trellis.core.opportunity..",
    "dev.trellis.core.export.."
  };

  @ArchTest
  static final ArchRule bot_core_packages_are_free_of_cycles =
      slices()
          .matching("dev.trellis.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a cycle makes two packages one: neither can change or move alone");

  @ArchTest
  static final ArchRule the_router_and_the_registration_import_no_feature =
      noClasses()
          .that()
          .resideInAnyPackage("dev.trellis.core.conversation..", "dev.trellis.core.feature..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES)
          .because("features register their routes; the router dispatches without knowing them");

  @ArchTest
  static final ArchRule shared_packages_import_no_feature =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.trellis.core.interaction..",
              "dev.trellis.core.message..",
              "dev.trellis.core.command..",
              "dev.trellis.core.directory..",
              "dev.trellis.core.org..",
              "dev.trellis.core.outbox..",
              "dev.trellis.core.schedule..",
              "dev.trellis.core.step..",
              "dev.trellis.core.question..",
              "dev.trellis.core.inbox..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES)
          .because("a shared package serves every feature and so can know none of them");

  @ArchTest
  static final ArchRule no_feature_imports_infra =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.trellis.core.infra..")
          .because("infra implements the features' stores; a feature sees only its interfaces");
}

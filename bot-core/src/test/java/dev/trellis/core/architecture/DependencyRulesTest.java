package dev.trellis.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.trellis.core.architecture.violations.CoreClassUsingBson;

/**
 * bot-core speaks in people, prompts and messages: it never reaches for a chat SDK or an adapter,
 * and only its {@code infra} packages touch MongoDB, Spring or Quartz.
 */
@AnalyzeClasses(packages = "dev.trellis.core", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  private static final String CORE = "dev.trellis.core..";
  private static final String INFRA = "dev.trellis.core.infra..";

  @ArchTest
  static final ArchRule core_should_not_depend_on_chat_sdks_or_adapters =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..", "com.microsoft.bot..", "dev.trellis.slack..", "dev.trellis.teams..")
          .because("an adapter translates at the border; a feature is written once in bot-core");

  @ArchTest
  static final ArchRule only_infra_may_use_mongodb_spring_or_quartz =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .and()
          .resideOutsideOfPackage(INFRA)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "com.mongodb..", "org.bson..", "org.quartz..")
          .because("the domain and its use cases are plain Java, wired explicitly by deploy");

  @ArchTest
  static void packages_named_by_the_rules_contain_classes(JavaClasses classes) {
    assertThat(classes.containPackage("dev.trellis.core.infra.mongo")).isTrue();
    assertThat(classesIn(classes, "dev.trellis.core.infra.mongo")).isNotZero();
    assertThat(classesIn(classes, "dev.trellis.core.directory")).isNotZero();
    assertThat(classesIn(classes, "dev.trellis.core.directory.importing")).isNotZero();
    assertThat(classesIn(classes, "dev.trellis.core.org")).isNotZero();
  }

  @ArchTest
  static void only_production_classes_are_checked(JavaClasses classes) {
    assertThat(classes.stream().map(JavaClass::getSimpleName))
        .doesNotContain(DependencyRulesTest.class.getSimpleName())
        .doesNotContain(CoreClassUsingBson.class.getSimpleName());
  }

  @ArchTest
  static void the_infra_rule_catches_a_core_class_outside_infra_that_uses_bson(
      JavaClasses ignored) {
    JavaClasses violating = new ClassFileImporter().importClasses(CoreClassUsingBson.class);

    assertThat(only_infra_may_use_mongodb_spring_or_quartz.evaluate(violating).hasViolation())
        .isTrue();
  }

  private static long classesIn(JavaClasses classes, String packageName) {
    return classes.stream().filter(c -> c.getPackageName().equals(packageName)).count();
  }
}

package dev.trellis.core.schedule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleArchitectureTest {

  private static final JavaClasses SCHEDULE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "dev.trellis.core.schedule",
              "dev.trellis.core.oneonone",
              "dev.trellis.core.reflection");

  /** The generic planner and the features' own planning, which holds to the same rules. */
  private static final String PLANNING =
      "dev\\.trellis\\.core\\.(schedule\\..*"
          + "|oneonone\\.(OneOnOneSteps|AgendaTiming|Occurrence|OccurrenceDates|OneOnOneCalendar"
          + "|OneOnOneKeys|PlanningOneOnOneSteps)"
          + "|reflection\\.ReflectionSteps)";

  @Test
  void schedule_should_not_depend_on_frameworks_or_storage() {
    noClasses()
        .that()
        .haveNameMatching(PLANNING)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "com.mongodb..", "org.bson..", "org.quartz..", "java.io..")
        .check(SCHEDULE);
  }

  @Test
  void schedule_should_take_the_time_from_its_arguments_never_from_the_system_clock() {
    noClasses()
        .that()
        .haveNameMatching(PLANNING)
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalTime.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(ZoneId.class, "systemDefault")
        .check(SCHEDULE);
  }
}

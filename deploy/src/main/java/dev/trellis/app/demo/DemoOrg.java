package dev.trellis.app.demo;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo org: the people of Microsoft 365 Agents Playground's default configuration (npm
 * {@code @microsoft/m365agentsplayground}, its built-in {@code .m365agentsplayground.yml}), with
 * their tenant, user ids, AAD object ids and emails as the Playground has them, so whoever the
 * Playground plays is someone Trellis knows. Megan Bowen manages Alex Wilber (the Playground's
 * default user) and Adele Vance; Patti Fernandez manages Megan, Isaiah Langer and Lynne Robbins.
 */
final class DemoOrg {

  static final String ORG_ID = "demo";
  static final String NAME = "Demo (Microsoft 365 Agents Playground)";
  static final String TENANT = "00000000-0000-0000-0000-0000000000001";
  static final String COHORT = "Career buddies (demo)";

  /** One of the Playground's users: its user id ({@code from.id}) and AAD object id. */
  record Member(
      String userId,
      String name,
      String email,
      String aadObjectId,
      String department,
      Optional<String> managerEmail) {}

  static final Member ALEX =
      member("user-id-0", "Alex Wilber", "alexw@example.com", "20", "Engineering", "meganb");
  static final Member MEGAN =
      member("user-id-1", "Megan Bowen", "meganb@example.com", "21", "Engineering", "pattif");
  static final Member ADELE =
      member("user-id-2", "Adele Vance", "adelev@example.com", "22", "Design", "meganb");
  static final Member ISAIAH =
      member("user-id-3", "Isaiah Langer", "isaiahl@example.com", "23", "Sales", "pattif");
  static final Member PATTI =
      member("user-id-4", "Patti Fernandez", "pattif@example.com", "24", "Leadership", "");
  static final Member LYNNE =
      member("user-id-5", "Lynne Robbins", "lynner@example.com", "25", "Marketing", "pattif");

  /** Managers first, so every manager is known before their reports. */
  static final List<Member> PEOPLE = List.of(PATTI, MEGAN, ALEX, ADELE, ISAIAH, LYNNE);

  private DemoOrg() {}

  /**
   * The people file: every day a working day and no quiet hours, so the demo answers at any hour,
   * all in {@code zone} (the machine's, so times read right in the Playground).
   */
  static String peopleCsv(String zone) {
    return "email,name,manager_email,department,time_zone,working_days,quiet_hours,"
        + "teams_aad_object_id\n"
        + PEOPLE.stream()
            .map(
                p ->
                    String.join(
                        ",",
                        p.email(),
                        p.name(),
                        p.managerEmail().orElse(""),
                        p.department(),
                        zone,
                        "\"Mon,Tue,Wed,Thu,Fri,Sat,Sun\"",
                        "00:00-00:00",
                        p.aadObjectId()))
            .collect(Collectors.joining("\n", "", "\n"));
  }

  /** Each manager's weekly 1:1 with each report, on {@code weekday} at 10:00 for 30 minutes. */
  static String oneOnOnesCsv(String weekday, String zone) {
    return "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
        + PEOPLE.stream()
            .filter(p -> p.managerEmail().isPresent())
            .map(
                p ->
                    String.join(
                        ",",
                        p.managerEmail().get(),
                        p.email(),
                        "WEEKLY",
                        weekday,
                        "10:00",
                        "30",
                        zone))
            .collect(Collectors.joining("\n", "", "\n"));
  }

  static Optional<Member> byAadObjectId(String aadObjectId) {
    return PEOPLE.stream().filter(p -> p.aadObjectId().equalsIgnoreCase(aadObjectId)).findFirst();
  }

  private static Member member(
      String userId, String name, String email, String aadSuffix, String department, String boss) {
    return new Member(
        userId,
        name,
        email,
        "00000000-0000-0000-0000-00000000000" + aadSuffix,
        department,
        boss.isEmpty() ? Optional.empty() : Optional.of(boss + "@example.com"));
  }
}

package dev.trellis.core.devtime;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People's development time entries. Texts are stored encrypted; these methods speak plain text.
 */
public interface DevTimeEntries {

  void add(DevTimeEntry entry);

  /** The person's entries dated in the months {@code from} to {@code to}, by day then as logged. */
  List<DevTimeEntry> ofPerson(OrgId orgId, PersonId personId, YearMonth from, YearMonth to);

  /** The entry the person logged last, whatever its day. */
  Optional<DevTimeEntry> lastLogged(OrgId orgId, PersonId personId);

  void remove(OrgId orgId, String entryId);

  /** Minutes logged in the month by each person of the org who logged any. */
  Map<PersonId, Integer> minutesByPerson(OrgId orgId, YearMonth month);

  /** Erasure: the minutes stay counted under the anonymous id, without what the person wrote. */
  void eraseOf(Erasure erasure);

  /** Each person's minutes logged on each day of the org's months {@code from} to {@code to}. */
  void eachDayBetween(OrgId orgId, LocalDate from, LocalDate to, DayMinutes each);

  /** Minutes a person logged on a day. */
  interface DayMinutes {
    void accept(PersonId personId, LocalDate day, int minutes);
  }
}

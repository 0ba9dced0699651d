package dev.trellis.core.infra.mongo;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOneOnOnesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private final PersonId mia = PersonId.random();
  private final PersonId rob = PersonId.random();
  private final PersonId sam = PersonId.random();

  private MongoOneOnOnes oneOnOnes;

  @BeforeEach
  void setUp() {
    oneOnOnes = new MongoOneOnOnes(mongo.db());
  }

  @Test
  void shouldRoundTripEveryField() {
    OneOnOne weekly = oneOnOne(ACME, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4));
    OneOnOne monthly =
        new OneOnOne(
            OneOnOneId.random(),
            ACME,
            mia,
            sam,
            Cadence.MONTHLY,
            DayOfWeek.FRIDAY,
            LocalTime.of(8, 5),
            Duration.ofMinutes(480),
            ZoneId.of("Australia/Sydney"),
            LocalDate.of(2026, 3, 27));

    oneOnOnes.saveAll(ACME, List.of(weekly, monthly));

    assertThat(oneOnOnes.findAll(ACME)).containsExactlyInAnyOrder(weekly, monthly);
  }

  @Test
  void shouldReplaceAOneOnOneSavedAgainWithTheSameId() {
    OneOnOne weekly = oneOnOne(ACME, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4));
    oneOnOnes.saveAll(ACME, List.of(weekly));
    OneOnOne biweekly =
        new OneOnOne(
            weekly.id(),
            ACME,
            mia,
            rob,
            Cadence.BIWEEKLY,
            weekly.weekday(),
            weekly.startTime(),
            weekly.duration(),
            weekly.timeZone(),
            weekly.firstDate());

    oneOnOnes.saveAll(ACME, List.of(biweekly));

    assertThat(oneOnOnes.findAll(ACME)).containsExactly(biweekly);
  }

  @Test
  void shouldFindOnlyTheOneOnOnesOfTheGivenOrg() {
    OneOnOne inAcme = oneOnOne(ACME, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4));
    OneOnOne inGlobex = oneOnOne(GLOBEX, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4));

    oneOnOnes.saveAll(ACME, List.of(inAcme));
    oneOnOnes.saveAll(GLOBEX, List.of(inGlobex));

    assertThat(oneOnOnes.findAll(ACME)).containsExactly(inAcme);
    assertThat(oneOnOnes.findAll(GLOBEX)).containsExactly(inGlobex);
    assertThat(oneOnOnes.findAll(new OrgId("initech"))).isEmpty();
  }

  @Test
  void shouldFindOneByItsIdOnlyInItsOwnOrg() {
    OneOnOne inAcme = oneOnOne(ACME, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4));
    oneOnOnes.saveAll(ACME, List.of(inAcme));

    assertThat(oneOnOnes.findById(ACME, inAcme.id())).hasValue(inAcme);
    assertThat(oneOnOnes.findById(GLOBEX, inAcme.id())).isEmpty();
    assertThat(oneOnOnes.findById(ACME, OneOnOneId.random())).isEmpty();
  }

  @Test
  void shouldRefuseToSaveAOneOnOneOfAnotherOrg() {
    OneOnOne theirs = oneOnOne(GLOBEX, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4));

    assertThatThrownBy(() -> oneOnOnes.saveAll(ACME, List.of(theirs)))
        .isInstanceOf(CrossOrgWriteException.class);
    assertThat(oneOnOnes.findAll(GLOBEX)).isEmpty();
  }

  @Test
  void shouldRefuseASecondOneOnOneForTheSamePairInTheDatabase() {
    oneOnOnes.saveAll(
        ACME, List.of(oneOnOne(ACME, mia, rob, Cadence.WEEKLY, LocalDate.of(2026, 3, 4))));
    OneOnOne second = oneOnOne(ACME, mia, rob, Cadence.MONTHLY, LocalDate.of(2026, 3, 11));

    assertThatThrownBy(() -> oneOnOnes.saveAll(ACME, List.of(second)))
        .isInstanceOf(MongoBulkWriteException.class);
    assertThat(oneOnOnes.findAll(ACME)).hasSize(1);
  }

  private static OneOnOne oneOnOne(
      OrgId orgId, PersonId manager, PersonId report, Cadence cadence, LocalDate firstDate) {
    return new OneOnOne(
        OneOnOneId.random(),
        orgId,
        manager,
        report,
        cadence,
        firstDate.getDayOfWeek(),
        LocalTime.of(14, 30),
        Duration.ofMinutes(30),
        ZoneId.of("America/New_York"),
        firstDate);
  }
}

package dev.trellis.core.buddy;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoBuddyAssignments;
import dev.trellis.core.infra.mongo.MongoBuddyRounds;
import dev.trellis.core.infra.mongo.MongoCohorts;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoMeetups;
import dev.trellis.core.infra.mongo.MongoOrgQuestions;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.question.BuiltInQuestions;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionBank;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StartingBuddyRoundTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final CohortId LAB = new CohortId("lab");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

  private final Person ada =
      person("a-ada", "Ada Lovelace", "Engineering").withSlackUserId("UADA").build();
  private final Person bo = person("b-bo", "Bo Li", "Design").withSlackUserId("UBO").build();
  private final Person cy =
      person("c-cy", "Cy Young", "Sales").withTeamsAadObjectId("aad-cy").build();
  private final Person gus = person("g-gus", "Gus Grant", "Sales").withSlackUserId("UGUS").build();
  private final Person di = person("d-di", "Di Paused", "Design").withSlackUserId("UDI").build();
  private final Person ed = person("e-ed", "Ed Left", "Design").withSlackUserId("UED").build();
  private final Person fay = person("f-fay", "Fay Nowhere", "Design").build();

  private Setup setup;

  private static dev.trellis.core.directory.PersonTestData.PersonBuilder person(
      String id, String name, String department) {
    return aPerson()
        .withId(new PersonId(id))
        .withName(name)
        .withDepartment(department)
        .withEmail(id + "@acme.example");
  }

  /** Every store of one database, and the use case over them. */
  private final class Setup {
    final MongoCohorts cohorts;
    final MongoBuddyRounds rounds;
    final MongoOutbox outbox;
    final MongoBuddyAssignments assignments;
    final QuestionBank bank;
    final StartingBuddyRound starting;

    Setup(MongoDatabase db) {
      cohorts = new MongoCohorts(db);
      rounds = new MongoBuddyRounds(db);
      outbox = new MongoOutbox(db, new AesGcmTextCipher(new byte[32]));
      assignments = new MongoBuddyAssignments(db);
      bank = new QuestionBank(BuiltInQuestions.load(), new MongoOrgQuestions(db));
      InMemoryPeople people = new InMemoryPeople().given(ada, bo, cy, gus, di, ed, fay);
      starting =
          new StartingBuddyRound(
              cohorts,
              new CohortRoster(cohorts, people),
              new StartingBuddyRound.Stores(
                  rounds, new MongoMeetups(db, new AesGcmTextCipher(new byte[32])), assignments),
              new PairingEngine(),
              bank,
              outbox,
              new MongoHolidays(db),
              CLOCK);
      cohorts.save(
          new Cohort(
              LAB,
              ACME,
              "Career lab",
              2,
              4,
              LocalDate.parse("2026-12-01"),
              Cohort.Policy.OPT_OUT,
              6));
      cohorts.saveMember(
          ACME, LAB, CohortMember.joined(di.id()).pausedUntil(LocalDate.parse("2026-12-15")));
      cohorts.saveMember(ACME, LAB, CohortMember.joined(ed.id()).leave());
    }

    BuddyRound start() {
      StartingBuddyRound.Result result = starting.start(ACME, LAB);
      assertThat(result).isInstanceOf(StartingBuddyRound.Started.class);
      return ((StartingBuddyRound.Started) result).round();
    }

    Map<PersonId, OutboxEntry> messagesOfRound(int number) {
      return outbox.pending(ACME, 100).stream()
          .filter(e -> e.key().value().startsWith("acme/buddy:lab:" + number + ":"))
          .collect(Collectors.toMap(e -> e.recipient().personId(), Function.identity()));
    }
  }

  @BeforeEach
  void setUp() {
    setup = new Setup(mongo.db());
  }

  @Test
  void theAvailableArePairedAndTheOthersLeftOutWithTheReason() {
    BuddyRound round = setup.start();

    assertThat(round.number()).isEqualTo(1);
    assertThat(round.groups()).hasSize(2);
    assertThat(round.groups().stream().flatMap(g -> g.members().stream()))
        .containsExactlyInAnyOrder(ada.id(), bo.id(), cy.id(), gus.id());
    assertThat(round.groups()).allSatisfy(g -> assertThat(g.met()).isFalse());
    assertThat(round.leftOut())
        .extracting(LeftOut::personId, LeftOut::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(di.id(), LeftOut.Reason.PAUSED),
            org.assertj.core.groups.Tuple.tuple(ed.id(), LeftOut.Reason.OPTED_OUT),
            org.assertj.core.groups.Tuple.tuple(fay.id(), LeftOut.Reason.UNREACHABLE));
    assertThat(setup.rounds.find(ACME, LAB, 1)).hasValue(round);
    // Cy and Gus share Sales: the pairing crosses departments.
    assertThat(round.groups()).noneMatch(g -> g.members().containsAll(List.of(cy.id(), gus.id())));
  }

  @Test
  void eachGroupedMemberGetsAnIntroWithTheBuddysNameDepartmentAndAFirstTopic() {
    BuddyRound round = setup.start();
    Map<PersonId, OutboxEntry> messages = setup.messagesOfRound(1);
    Set<String> topics =
        setup.bank.eligible(ACME, StartingBuddyRound.TOPIC_THEMES).stream()
            .map(Question::text)
            .collect(Collectors.toSet());
    Map<PersonId, Person> byId =
        List.of(ada, bo, cy, gus).stream().collect(Collectors.toMap(Person::id, p -> p));

    for (BuddyRound.Group group : round.groups()) {
      Person first = byId.get(group.members().get(0));
      Person second = byId.get(group.members().get(1));
      OutboundMessage toFirst = messages.get(first.id()).message();
      OutboundMessage toSecond = messages.get(second.id()).message();
      assertThat(toFirst.text())
          .contains(second.name() + " (" + second.department().orElseThrow() + ")")
          .doesNotContain(first.name());
      assertThat(toSecond.text())
          .contains(first.name() + " (" + first.department().orElseThrow() + ")");
      assertThat(toFirst.header()).hasValue("Career buddies: round 1 of Career lab");
      assertThat(toFirst.fields()).hasSize(1);
      assertThat(toFirst.fields().get(0).label()).isEqualTo("A first topic");
      assertThat(topics).contains(toFirst.fields().get(0).value());
      assertThat(toSecond.fields()).isEqualTo(toFirst.fields());
      assertThat(toFirst.context().orElseThrow()).contains("/buddy propose tomorrow 15:00");
      assertThat(toFirst.fallback()).contains(second.name()).contains("/buddy propose");
    }
    assertThat(messages.get(ada.id()).key().value()).isEqualTo("acme/buddy:lab:1:a-ada");
    assertThat(messages.get(cy.id()).recipient().address()).isEqualTo("aad-cy");
  }

  @Test
  void thePausedAreToldWhyButNotThoseWhoOptedOutOrCannotBeReached() {
    setup.start();
    Map<PersonId, OutboxEntry> messages = setup.messagesOfRound(1);

    assertThat(messages).containsOnlyKeys(ada.id(), bo.id(), cy.id(), gus.id(), di.id());
    OutboundMessage toDi = messages.get(di.id()).message();
    assertThat(toDi.text())
        .contains("no buddy in round 1 of Career lab")
        .contains("you paused buddies (paused until 2026-12-15)");
    assertThat(messages.get(di.id()).key().value()).isEqualTo("acme/buddy:lab:1:d-di");
  }

  @Test
  void finishingAStartAgainStoresAndQueuesNothingTwice() {
    BuddyRound round = setup.start();
    Map<PersonId, OutboxEntry> queued = setup.messagesOfRound(1);
    int pending = setup.outbox.pending(ACME, 100).size();
    Cohort lab = setup.cohorts.find(ACME, LAB).orElseThrow();

    setup.starting.finishStart(lab, round);

    assertThat(setup.outbox.pending(ACME, 100)).hasSize(pending);
    assertThat(setup.messagesOfRound(1)).isEqualTo(queued);
    assertThat(setup.assignments.recent(ACME, ada.id(), 10)).hasSize(1);
    assertThat(setup.assignments.current(ACME, ada.id())).hasSize(1);
    assertThat(setup.rounds.summaries(ACME, LAB))
        .singleElement()
        .satisfies(s -> assertThat(s.startFinished()).isTrue());
  }

  @Test
  void theSecondRoundAvoidsTheFirstRoundsPairs() {
    BuddyRound first = setup.start();
    BuddyRound second = setup.start();

    assertThat(second.number()).isEqualTo(2);
    Set<Set<PersonId>> firstPairs = new HashSet<>();
    first.groups().forEach(g -> firstPairs.add(Set.copyOf(g.members())));
    assertThat(second.groups()).hasSize(2);
    assertThat(second.groups()).noneMatch(g -> firstPairs.contains(Set.copyOf(g.members())));
    assertThat(setup.messagesOfRound(2)).hasSize(5);
    assertThat(setup.rounds.list(ACME, LAB)).containsExactly(first, second);
  }

  @Test
  void theSameCohortAndRoundGiveTheSameGroupsAndTopics() {
    BuddyRound here = setup.start();
    MongoDatabase other = mongo.emptyDatabase("elsewhere");
    MongoSchema.ensureIndexes(other);
    Setup there = new Setup(other);

    BuddyRound again = there.start();

    assertThat(again.groups()).isEqualTo(here.groups());
    assertThat(again.leftOut()).isEqualTo(here.leftOut());
    assertThat(there.messagesOfRound(1).get(ada.id()).message())
        .isEqualTo(setup.messagesOfRound(1).get(ada.id()).message());
    assertThat(StartingBuddyRound.seed(LAB, 1)).isEqualTo(StartingBuddyRound.seed(LAB, 1));
    assertThat(StartingBuddyRound.seed(LAB, 2)).isNotEqualTo(StartingBuddyRound.seed(LAB, 1));
  }

  @Test
  void inATinyCohortTheOneLeftOverIsToldWhyWithoutNamingAnyoneElsesWishes() {
    CohortId pair = new CohortId("pair");
    CohortId solo = new CohortId("solo");
    for (CohortId id : List.of(pair, solo)) {
      setup.cohorts.save(
          new Cohort(
              id,
              ACME,
              "Tiny " + id,
              2,
              4,
              LocalDate.parse("2026-12-01"),
              Cohort.Policy.OPT_IN,
              6));
    }
    setup.cohorts.saveMember(ACME, pair, CohortMember.joined(ada.id()).notWith(Set.of(bo.id())));
    setup.cohorts.saveMember(ACME, pair, CohortMember.joined(bo.id()));
    setup.cohorts.saveMember(ACME, solo, CohortMember.joined(gus.id()));

    setup.starting.start(ACME, pair);
    setup.starting.start(ACME, solo);

    Map<String, OutboundMessage> byKey =
        setup.outbox.pending(ACME, 100).stream()
            .collect(Collectors.toMap(e -> e.key().value(), OutboxEntry::message));
    assertThat(byKey)
        .containsOnlyKeys(
            "acme/buddy:pair:1:a-ada", "acme/buddy:pair:1:b-bo", "acme/buddy:solo:1:g-gus");
    assertThat(byKey.get("acme/buddy:pair:1:b-bo").text())
        .contains("nobody left to group you with")
        .doesNotContain("not with")
        .doesNotContain("Ada");
    assertThat(byKey.get("acme/buddy:solo:1:g-gus").text())
        .contains("no buddy in round 1 of Tiny solo")
        .contains("nobody was left to pair with you");
  }

  @Test
  void anIntroToAGroupOfThreeNamesBothBuddiesAndSaysWhenNoDepartmentIsKnown() {
    Cohort cohort =
        new Cohort(
            LAB, ACME, "Career lab", 2, 4, LocalDate.parse("2026-12-01"), Cohort.Policy.OPT_IN, 6);
    BuddyRound round = new BuddyRound(ACME, LAB, 3, List.of(), List.of(), CLOCK.instant());
    Person noDepartment = person("h-hal", "Hal Nodept", "x").withoutDepartment().build();

    OutboundMessage intro =
        StartingBuddyRound.intro(
            cohort, round, List.of(bo, noDepartment), java.util.Optional.empty());

    assertThat(intro.text())
        .startsWith("Your career buddies this round are Bo Li (Design) and Hal Nodept.");
    assertThat(intro.fields()).isEmpty();
    assertThat(intro.header()).hasValue("Career buddies: round 3 of Career lab");
  }

  @Test
  void aGroupAllOnSlackGetsAGroupDmAndAGroupWithATeamsMemberDoesNot() {
    BuddyRound round = setup.start();

    List<OutboxEntry> groupDms =
        setup.outbox.pending(ACME, 100).stream()
            .filter(e -> e.key().value().startsWith("acme/buddy-group:"))
            .toList();
    long allOnSlack = round.groups().stream().filter(g -> !g.members().contains(cy.id())).count();
    assertThat(groupDms).hasSize((int) allOnSlack);
    for (OutboxEntry dm : groupDms) {
      assertThat(dm.recipient().isGroup()).isTrue();
      assertThat(dm.recipient().groupAddresses()).doesNotContain("aad-cy").hasSize(2);
      assertThat(dm.message().text()).startsWith("Hello ").contains("round 1 of Career lab");
    }
    // Every member gets a meetup and knows it as their current one.
    MongoDatabase db = mongo.db();
    MongoBuddyAssignments assignments = new MongoBuddyAssignments(db);
    assertThat(assignments.current(ACME, ada.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.meetup().round()).isEqualTo(1));
    assertThat(assignments.current(ACME, di.id())).isEmpty();
  }

  @Test
  void anEmptyCohortStoresNoRound() {
    CohortId empty = new CohortId("empty");
    setup.cohorts.save(
        new Cohort(
            empty, ACME, "Empty", 2, 4, LocalDate.parse("2026-12-01"), Cohort.Policy.OPT_IN, 6));
    assertThat(setup.starting.start(ACME, empty))
        .isEqualTo(new StartingBuddyRound.NobodyInCohort(empty));
    assertThat(setup.rounds.list(ACME, empty)).isEmpty();
  }

  @Test
  void anUnknownCohortStartsNothing() {
    assertThat(setup.starting.start(ACME, new CohortId("nope")))
        .isEqualTo(new StartingBuddyRound.NoSuchCohort(new CohortId("nope")));
    assertThat(setup.outbox.pending(ACME, 10)).isEmpty();
  }
}

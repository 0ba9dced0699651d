package dev.trellis.core.infra.mongo;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Page;
import dev.trellis.core.directory.PageRequest;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoPeopleTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private MongoPeople people;

  @BeforeEach
  void setUp() {
    people = new MongoPeople(mongo.db());
  }

  @Test
  void shouldRoundTripEveryField() {
    Person boss = aPerson().withEmail("boss@acme.example").build();
    Person ann =
        aPerson()
            .withEmail("ann@acme.example")
            .withName("Ann Smith-Ōno")
            .withManager(boss)
            .withDepartment("Customer Success")
            .withTimeZone("Asia/Kolkata")
            .withWorkingDays(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
            .withQuietHours("22:30", "06:15")
            .withSlackUserId("U0ANN123")
            .withTeamsAadObjectId("3305563d-8ad7-429b-be7d-64d7de684666")
            .build();

    people.saveAll(ACME, List.of(boss, ann));

    assertThat(people.findByEmail(ACME, ann.email())).contains(ann);
    assertThat(people.findByEmail(ACME, boss.email())).contains(boss);
  }

  @Test
  void shouldRoundTripAPersonWithoutOptionalValuesAndStoreNoNulls() {
    Person bare =
        aPerson().withEmail("bare@acme.example").withoutDepartment().withTimeZone("UTC").build();

    people.saveAll(ACME, List.of(bare));

    assertThat(people.findByEmail(ACME, bare.email())).contains(bare);
    Document stored = storedDocument(bare.id());
    assertThat(stored.keySet())
        .doesNotContain("managerId", "department", "slackUserId", "teamsAadObjectId");
    assertThat(stored.values()).doesNotContainNull();
  }

  @Test
  void shouldReplaceAPersonSavedAgainWithTheSameId() {
    Person ann = aPerson().withEmail("ann@acme.example").withSlackUserId("U0ANN").build();
    people.saveAll(ACME, List.of(ann));
    Person renamed =
        aPerson().withId(ann.id()).withEmail("ann@acme.example").withName("Ann Renamed").build();

    people.saveAll(ACME, List.of(renamed));

    assertThat(people.findAll(ACME)).containsExactly(renamed);
  }

  @Test
  void shouldKeepTheSameEmailInTwoOrgsAsTwoPeople() {
    Person inAcme = aPerson().inOrg(ACME).withEmail("ann@example.com").withName("Ann A").build();
    Person inGlobex =
        aPerson().inOrg(GLOBEX).withEmail("ann@example.com").withName("Ann G").build();

    people.saveAll(ACME, List.of(inAcme));
    people.saveAll(GLOBEX, List.of(inGlobex));

    Email email = new Email("ann@example.com");
    assertThat(people.findByEmail(ACME, email)).contains(inAcme);
    assertThat(people.findByEmail(GLOBEX, email)).contains(inGlobex);
  }

  @Test
  void shouldNeverShowOneOrgAnotherOrgsPeople() {
    Person inAcme = aPerson().inOrg(ACME).withEmail("ann@acme.example").build();
    Person inGlobex = aPerson().inOrg(GLOBEX).withEmail("gus@globex.example").build();
    people.saveAll(ACME, List.of(inAcme));
    people.saveAll(GLOBEX, List.of(inGlobex));

    assertThat(people.findByEmail(ACME, inGlobex.email())).isEmpty();
    assertThat(people.findAll(ACME)).containsExactly(inAcme);
    assertThat(people.list(ACME, new PageRequest(0, 10)).items()).containsExactly(inAcme);
    assertThat(people.list(ACME, new PageRequest(0, 10)).totalItems()).isEqualTo(1);
    assertThat(people.findByIds(ACME, List.of(inAcme.id(), inGlobex.id()))).containsExactly(inAcme);
    assertThat(people.findByIds(GLOBEX, List.of(inAcme.id()))).isEmpty();
  }

  @Test
  void shouldFindByIdsIgnoringUnknownAndRepeatedIds() {
    Person ann = aPerson().withEmail("ann@acme.example").build();
    Person bob = aPerson().withEmail("bob@acme.example").build();
    people.saveAll(ACME, List.of(ann, bob));

    List<Person> found = people.findByIds(ACME, List.of(ann.id(), ann.id(), PersonId.random()));

    assertThat(found).containsExactly(ann);
    assertThat(people.findByIds(ACME, List.of())).isEmpty();
  }

  @Test
  void shouldListPagesOrderedByEmailWithTotals() {
    givenPeopleWithEmails("grace", "ada", "edsger", "barbara", "frances", "alan", "donald");

    Page<Person> first = people.list(ACME, new PageRequest(0, 3));
    Page<Person> last = people.list(ACME, new PageRequest(2, 3));
    Page<Person> beyond = people.list(ACME, new PageRequest(3, 3));

    assertThat(emails(first)).containsExactly("ada", "alan", "barbara");
    assertThat(emails(people.list(ACME, new PageRequest(1, 3))))
        .containsExactly("donald", "edsger", "frances");
    assertThat(emails(last)).containsExactly("grace");
    assertThat(beyond.items()).isEmpty();
    assertThat(first.totalItems()).isEqualTo(7);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(last.page()).isEqualTo(2);
    assertThat(last.size()).isEqualTo(3);
    assertThat(beyond.totalItems()).isEqualTo(7);
  }

  @Test
  void shouldSearchEmailNameAndDepartmentInAnyCaseAndPageTheMatches() {
    people.saveAll(
        ACME,
        List.of(
            aPerson().withEmail("ada@acme.example").withName("Ada Lovelace").build(),
            aPerson().withEmail("bob@acme.example").withName("Bob").withDepartment("Sales").build(),
            aPerson().withEmail("cy@acme.example").withName("Cy Love").build(),
            aPerson()
                .withEmail("dee@acme.example")
                .withName("Dee")
                .withDepartment("Salesforce")
                .build(),
            aPerson().withEmail("eve@acme.example").withName("Eve").build()));
    people.saveAll(
        GLOBEX, List.of(aPerson().inOrg(GLOBEX).withEmail("love@globex.example").build()));

    assertThat(emails(people.search(ACME, "LOVE", new PageRequest(0, 10))))
        .containsExactly("ada", "cy");
    Page<Person> sales = people.search(ACME, " sales ", new PageRequest(1, 1));
    assertThat(emails(sales)).containsExactly("dee");
    assertThat(sales.totalItems()).isEqualTo(2);
    assertThat(emails(people.search(ACME, "eve@", new PageRequest(0, 10)))).containsExactly("eve");
    assertThat(people.search(ACME, ".*", new PageRequest(0, 10)).items()).isEmpty();
    assertThat(people.search(ACME, "", new PageRequest(0, 10)).totalItems()).isEqualTo(5);
  }

  @Test
  void shouldRefuseToSaveAPersonOfAnotherOrgAndWriteNothing() {
    Person ours = aPerson().inOrg(ACME).build();
    Person theirs = aPerson().inOrg(GLOBEX).build();

    assertThatThrownBy(() -> people.saveAll(ACME, List.of(ours, theirs)))
        .isInstanceOf(CrossOrgWriteException.class)
        .hasMessageContaining("globex")
        .hasMessageContaining("acme");
    assertThat(people.findAll(ACME)).isEmpty();
    assertThat(people.findAll(GLOBEX)).isEmpty();
  }

  @Test
  void shouldRefuseASecondPersonWithTheSameEmailInOneOrg() {
    people.saveAll(ACME, List.of(aPerson().withEmail("ann@acme.example").build()));
    Person sameEmail = aPerson().withEmail("ann@acme.example").build();

    assertThatThrownBy(() -> people.saveAll(ACME, List.of(sameEmail)))
        .isInstanceOfSatisfying(
            MongoBulkWriteException.class,
            e ->
                assertThat(ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode()))
                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
  }

  @Test
  void shouldFindBySlackAndTeamsIdsWithinTheOrgOnly() {
    Person ann = aPerson().withSlackUserId("U0ANN0001").withTeamsAadObjectId("aad-ann").build();
    Person elsewhere = aPerson().inOrg(GLOBEX).withSlackUserId("U0ANN0001").build();
    people.saveAll(ACME, List.of(ann));
    people.saveAll(GLOBEX, List.of(elsewhere));

    assertThat(people.findBySlackUserId(ACME, "U0ANN0001")).contains(ann);
    assertThat(people.findBySlackUserId(GLOBEX, "U0ANN0001")).contains(elsewhere);
    assertThat(people.findByTeamsAadObjectId(ACME, "aad-ann")).contains(ann);
    assertThat(people.findBySlackUserId(ACME, "U0NOBODY1")).isEmpty();
    assertThat(people.findByTeamsAadObjectId(GLOBEX, "aad-ann")).isEmpty();
  }

  @Test
  void shouldFollowASlackIdThatMovedToAnotherPersonAndForgetOneThatWasDropped() {
    Person ann = aPerson().withSlackUserId("U0SHARED1").build();
    Person bob = aPerson().withSlackUserId("U0BOB0001").build();
    people.saveAll(ACME, List.of(ann, bob));

    Person annWithout =
        new Person(
            ann.id(),
            ann.orgId(),
            ann.email(),
            ann.name(),
            ann.managerId(),
            ann.department(),
            ann.timeZone(),
            ann.workingDays(),
            ann.quietHours(),
            Optional.empty(),
            ann.teamsAadObjectId());
    Person bobWithShared =
        new Person(
            bob.id(),
            bob.orgId(),
            bob.email(),
            bob.name(),
            bob.managerId(),
            bob.department(),
            bob.timeZone(),
            bob.workingDays(),
            bob.quietHours(),
            Optional.of("U0SHARED1"),
            bob.teamsAadObjectId());
    people.saveAll(ACME, List.of(bobWithShared, annWithout));

    assertThat(people.findBySlackUserId(ACME, "U0SHARED1")).contains(bobWithShared);
    assertThat(people.findBySlackUserId(ACME, "U0BOB0001")).isEmpty();
  }

  @Test
  void shouldDoNothingForAnEmptyBatch() {
    people.saveAll(ACME, List.of());

    assertThat(people.findAll(ACME)).isEmpty();
  }

  private void givenPeopleWithEmails(String... localParts) {
    List<Person> batch =
        java.util.Arrays.stream(localParts)
            .map(local -> aPerson().withEmail(local + "@acme.example").build())
            .toList();
    people.saveAll(ACME, batch);
  }

  private static List<String> emails(Page<Person> page) {
    return page.items().stream().map(p -> p.email().value().replace("@acme.example", "")).toList();
  }

  private static Document storedDocument(PersonId id) {
    return mongo
        .db()
        .getCollection(MongoSchema.PEOPLE)
        .find(new Document("_id", id.value()))
        .first();
  }
}

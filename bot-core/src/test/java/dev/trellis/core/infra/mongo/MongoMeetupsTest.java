package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.Meetup;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.buddy.RoundFigures;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Meetups, people's current groups and round steps on the embedded server. */
class MongoMeetupsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  private static final CohortId LAB = new CohortId("lab");
  private static final CohortId GUILD = new CohortId("guild");
  private static final PersonId ADA = new PersonId("ada");
  private static final PersonId BO = new PersonId("bo");
  private static final PersonId CY = new PersonId("cy");
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  private MongoMeetups meetups;
  private MongoBuddyAssignments assignments;
  private MongoBuddyRounds rounds;

  @BeforeEach
  void setUp() {
    meetups = new MongoMeetups(mongo.db(), new AesGcmTextCipher(new byte[32]));
    assignments = new MongoBuddyAssignments(mongo.db());
    rounds = new MongoBuddyRounds(mongo.db());
  }

  @Test
  void retentionForgetsTheNotesOfMembersWhoMarkedTheMeetupDoneBeforeTheCutoff() {
    MeetupId id = new MeetupId(ACME, LAB, 1, 0);
    meetups.addAll(List.of(Meetup.fresh(id, List.of(ADA, BO, CY))));
    Meetup m = meetups.find(id).orElseThrow();
    meetups.markDone(m, ADA, T);
    meetups.saveNote(m, ADA, "MARKER-OLD note");
    meetups.markDone(m, BO, T.plusSeconds(30 * 86_400));
    meetups.saveNote(m, BO, "MARKER-NEW note");

    meetups.forgetNotesBefore(ACME, T.plusSeconds(86_400));
    meetups.forgetNotesBefore(GLOBEX, T.plusSeconds(90 * 86_400));

    Meetup stored = meetups.find(id).orElseThrow();
    assertThat(meetups.note(stored, ADA)).isEmpty();
    assertThat(meetups.note(stored, BO)).hasValue("MARKER-NEW note");
    assertThat(stored.stateOf(ADA).doneAt()).hasValue(T);
  }

  @Test
  void eachMarkIsStoredOnItsMemberAndTheNoteOnlyEncrypted() {
    MeetupId id = new MeetupId(ACME, LAB, 1, 0);
    meetups.addAll(List.of(Meetup.fresh(id, List.of(ADA, BO, CY))));
    meetups.addAll(List.of(Meetup.fresh(id, List.of(ADA, BO, CY))));

    meetups.propose(id, ADA, T.plusSeconds(86_400), T);
    Meetup m = meetups.find(id).orElseThrow();
    meetups.accept(m, 1, BO);
    meetups.accept(m, 1, BO);
    meetups.markDone(m, CY, T);
    meetups.markSkipped(m, BO);
    meetups.recordHappened(m, ADA, true);
    meetups.saveNote(m, CY, "Talked about a lateral move");

    Meetup stored = meetups.find(id).orElseThrow();
    assertThat(stored.proposals())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.number()).isEqualTo(1);
              assertThat(p.by()).isEqualTo(ADA);
              assertThat(p.acceptedBy()).containsExactly(BO);
            });
    assertThat(stored.stateOf(CY).doneAt()).hasValue(T);
    assertThat(stored.stateOf(CY).hasNote()).isTrue();
    assertThat(stored.stateOf(BO).skipped()).isTrue();
    assertThat(stored.stateOf(ADA).happened()).hasValue(true);
    assertThat(stored.stateOf(ADA).hasNote()).isFalse();
    assertThat(stored.met()).isTrue();
    assertThat(meetups.note(stored, CY)).hasValue("Talked about a lateral move");
    assertThat(meetups.note(stored, ADA)).isEmpty();
    Document raw = mongo.db().getCollection("buddy_meetups").find().first();
    assertThat(raw.toJson()).doesNotContain("lateral");
  }

  @Test
  void aNoteCopiedToAnotherMemberOrMeetupDoesNotDecryptThereAndReadsAsUnreadable() {
    MeetupId first = new MeetupId(ACME, LAB, 1, 0);
    MeetupId second = new MeetupId(ACME, LAB, 1, 1);
    meetups.addAll(
        List.of(Meetup.fresh(first, List.of(ADA, BO)), Meetup.fresh(second, List.of(CY, ADA))));
    Meetup m = meetups.find(first).orElseThrow();
    meetups.saveNote(m, ADA, "Talked about a lateral move");
    MongoCollection<Document> raw = mongo.db().getCollection("buddy_meetups");
    String stored =
        raw.find(new Document("_id", first.value()))
            .first()
            .getList("states", Document.class)
            .get(0)
            .getString("note");

    // to Bo in the same meetup, and to Ada in another one
    Document copied = new Document("$set", new Document("states.1.note", stored));
    raw.updateOne(new Document("_id", first.value()), copied);
    raw.updateOne(new Document("_id", second.value()), copied);

    assertThat(meetups.note(m, BO)).hasValue(TextCipher.UNREADABLE);
    assertThat(meetups.note(meetups.find(second).orElseThrow(), ADA))
        .hasValue(TextCipher.UNREADABLE);
    assertThat(meetups.note(m, ADA)).hasValue("Talked about a lateral move");
  }

  @Test
  void meetupsAreFoundByIdWithinTheirOrgOnly() {
    List<Meetup> many =
        IntStream.range(0, 1200)
            .mapToObj(g -> Meetup.fresh(new MeetupId(ACME, LAB, 1, g), List.of(ADA, BO)))
            .toList();
    meetups.addAll(many);
    meetups.addAll(List.of(Meetup.fresh(new MeetupId(GLOBEX, LAB, 1, 0), List.of(ADA, BO))));

    List<MeetupId> ids = many.stream().map(Meetup::id).toList();
    assertThat(meetups.findAll(ACME, ids)).hasSize(1200);
    assertThat(meetups.findAll(ACME, List.of(new MeetupId(GLOBEX, LAB, 1, 0)))).isEmpty();
  }

  @Test
  void aPersonsCurrentMeetupIsTheLatestRoundOfEachCohort() {
    MeetupId lab1 = new MeetupId(ACME, LAB, 1, 0);
    MeetupId guild1 = new MeetupId(ACME, GUILD, 1, 3);
    assignments.assign(ACME, LAB, 1, T, List.of(placed(ADA, lab1), placed(BO, lab1)));
    assignments.assign(
        ACME, GUILD, 1, T.plusSeconds(60), List.of(placed(ADA, guild1), leftOut(CY)));

    assertThat(assignments.current(ACME, ADA))
        .extracting(BuddyAssignments.Current::meetup)
        .containsExactly(guild1, lab1);
    assertThat(assignments.current(ACME, CY)).isEmpty();

    // Round 2 of the lab leaves Ada out: her lab meetup is no longer current, but stays recent.
    assignments.assign(ACME, LAB, 2, T.plusSeconds(120), List.of(leftOut(ADA)));
    assertThat(assignments.current(ACME, ADA))
        .extracting(BuddyAssignments.Current::meetup)
        .containsExactly(guild1);
    assertThat(assignments.recent(ACME, ADA, 10)).containsExactly(guild1, lab1);
    assertThat(assignments.current(GLOBEX, ADA)).isEmpty();
  }

  @Test
  void recentMeetupsAreCappedAndARetriedRoundCountsOnce() {
    for (int round = 1; round <= 30; round++) {
      MeetupId id = new MeetupId(ACME, LAB, round, 0);
      assignments.assign(ACME, LAB, round, T.plusSeconds(round), List.of(placed(ADA, id)));
    }
    MeetupId last = new MeetupId(ACME, LAB, 30, 0);
    assignments.assign(ACME, LAB, 30, T.plusSeconds(30), List.of(placed(ADA, last)));

    List<MeetupId> recent = assignments.recent(ACME, ADA, 100);
    assertThat(recent).first().isEqualTo(last);
    assertThat(recent).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(24).hasSizeGreaterThan(20);
  }

  @Test
  void eachStepOfARoundIsTakenOnceAndTheFiguresRecordedOnce() {
    rounds.add(
        new BuddyRound(
            ACME, LAB, 1, List.of(new BuddyRound.Group(List.of(ADA, BO), false)), List.of(), T));

    assertThat(rounds.mark(ACME, LAB, 1, BuddyRounds.Step.NUDGED, T)).isTrue();
    assertThat(rounds.mark(ACME, LAB, 1, BuddyRounds.Step.NUDGED, T)).isFalse();
    assertThat(rounds.mark(ACME, LAB, 1, BuddyRounds.Step.ENDED, T)).isTrue();
    RoundFigures figures = new RoundFigures(1, 1, 0, 0, 2, 0, T);
    assertThat(rounds.recordFigures(ACME, LAB, 1, figures)).isTrue();
    assertThat(rounds.recordFigures(ACME, LAB, 1, new RoundFigures(1, 0, 0, 1, 0, 0, T))).isFalse();

    BuddyRounds.Summary summary = rounds.summaries(ACME, LAB).get(0);
    assertThat(summary.groups()).isEqualTo(1);
    assertThat(summary.nudgedAt()).hasValue(T);
    assertThat(summary.endedAt()).hasValue(T);
    assertThat(summary.figures()).hasValue(figures);
    assertThat(summary.meetups(ACME, LAB)).containsExactly(new MeetupId(ACME, LAB, 1, 0));
    assertThat(rounds.summaries(GLOBEX, LAB)).isEmpty();
  }

  private static BuddyAssignments.Assignment placed(PersonId person, MeetupId meetup) {
    return new BuddyAssignments.Assignment(person, Optional.of(meetup));
  }

  private static BuddyAssignments.Assignment leftOut(PersonId person) {
    return new BuddyAssignments.Assignment(person, Optional.empty());
  }
}

package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortMember;
import dev.trellis.core.buddy.MeetupActions;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.RecordingPlatform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two buddies in different zones coordinate a meetup with /buddy and its buttons: a proposal read
 * in the proposer's zone and shown in the buddy's, accepted, another time suggested, marked done
 * with a private note, skipped; and the commands that answer without a buddy.
 */
class BuddyMeetupsFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final CohortId LAB = new CohortId("lab");
  // Tue 1 Dec 2026, 15:00 in Paris and 09:00 in New York: both within working hours.
  private static final Instant TUESDAY = Instant.parse("2026-12-01T14:00:00Z");

  private final Person ada =
      aPerson()
          .withId(new PersonId("ada"))
          .withName("Ada Lovelace")
          .withEmail("ada@acme.example")
          .withDepartment("Engineering")
          .withTimeZone("Europe/Paris")
          .withSlackUserId("UADA")
          .build();
  private final Person bo =
      aPerson()
          .withId(new PersonId("bo"))
          .withName("Bo Li")
          .withEmail("bo@acme.example")
          .withDepartment("Design")
          .withTimeZone("America/New_York")
          .withSlackUserId("UBO")
          .build();
  private final Person cy =
      aPerson()
          .withId(new PersonId("cy"))
          .withName("Cy Young")
          .withEmail("cy@acme.example")
          .withSlackUserId("UCY")
          .build();

  private EngineHarness trellis;

  @BeforeEach
  void setUp() {
    trellis = new EngineHarness(mongo.db(), TUESDAY, "one");
    trellis.add(ada, bo, cy);
    trellis.cohorts.save(
        new Cohort(
            LAB, ACME, "Career lab", 2, 4, LocalDate.parse("2026-12-01"), Cohort.Policy.OPT_IN, 6));
    trellis.cohorts.saveMember(ACME, LAB, CohortMember.joined(ada.id()));
    trellis.cohorts.saveMember(ACME, LAB, CohortMember.joined(bo.id()));
  }

  @Test
  void aProposalIsReadInTheProposersZoneShownInTheBuddysAndAccepted() {
    startRound();

    String reply = text(trellis.buddy(ada, "propose tomorrow 15:00"));
    assertThat(reply)
        .startsWith("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li.")
        .doesNotContain("reaches them");
    trellis.dispatcher.dispatchDue();

    OutboundMessage proposal = trellis.lastReceivedBy(bo).message();
    assertThat(proposal.text())
        .isEqualTo("Ada Lovelace proposes to meet on Wed 2 Dec at 09:00 (America/New_York).");
    assertThat(proposal.fields())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.label()).isEqualTo("For Ada Lovelace");
              assertThat(f.value()).isEqualTo("Wed 2 Dec at 15:00 (Europe/Paris)");
            });
    assertThat(proposal.buttons())
        .extracting(b -> b.label())
        .containsExactly("Accept", "Suggest another time");

    Response accepted = trellis.press(bo, proposal, MeetupActions.ACCEPT.value());
    assertThat(accepted).isInstanceOf(Response.Reply.class);
    assertThat(((Response.Reply) accepted).replacesOriginal()).isTrue();
    assertThat(text(accepted))
        .isEqualTo(
            "You accepted meeting on Wed 2 Dec at 09:00 (America/New_York). After you meet, type"
                + " /buddy done.");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.lastReceivedBy(ada).message().text())
        .isEqualTo("Bo Li accepted meeting on Wed 2 Dec at 15:00 (Europe/Paris).");

    assertThat(text(trellis.press(bo, proposal, MeetupActions.ACCEPT.value())))
        .startsWith("You already accepted");
    assertThat(statusOf(ada)).contains("Meeting Wed 2 Dec at 15:00 (Europe/Paris).");
    assertThat(statusOf(bo)).contains("Meeting Wed 2 Dec at 09:00 (America/New_York).");
    assertThat(trellis.buddyCommands.glance(ada, trellis.clock.instant()))
        .isEqualTo(
            "With Bo Li (Design). Meeting Wed 2 Dec at 15:00 (Europe/Paris). Afterwards, type"
                + " /buddy done.");
  }

  @Test
  void anotherTimeIsSuggestedThroughAFormAndTheOlderProposalCannotBeAccepted() {
    startRound();
    trellis.buddy(ada, "propose tomorrow 15:00");
    trellis.dispatcher.dispatchDue();
    OutboundMessage first = trellis.lastReceivedBy(bo).message();

    Response form = trellis.press(bo, first, MeetupActions.ANOTHER_TIME.value());
    assertThat(form).isInstanceOf(Response.OpenForm.class);
    var opened = ((Response.OpenForm) form).form();
    assertThat(opened.submitLabel()).isEqualTo("Send to Ada Lovelace");
    assertThat(opened.inputs()).singleElement().isInstanceOf(Input.Text.class);

    Response refused =
        trellis.submit(
            bo,
            MeetupActions.COUNTER.value(),
            opened.reference(),
            Map.of(MeetupActions.WHEN_INPUT, "whenever"));
    assertThat(refused).isInstanceOf(Response.FormErrors.class);
    assertThat(((Response.FormErrors) refused).errors()).containsKey(MeetupActions.WHEN_INPUT);

    Response countered =
        trellis.submit(
            bo,
            MeetupActions.COUNTER.value(),
            opened.reference(),
            Map.of(MeetupActions.WHEN_INPUT, "fri 10:30"));
    assertThat(text(countered)).startsWith("Proposed Fri 4 Dec at 10:30 (America/New_York)");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.lastReceivedBy(ada).message().text())
        .isEqualTo("Bo Li proposes to meet on Fri 4 Dec at 16:30 (Europe/Paris).");

    // Ada's first proposal was replaced by Bo's: Bo can no longer accept it, Ada accepts Bo's.
    assertThat(text(trellis.press(bo, first, MeetupActions.ACCEPT.value())))
        .isEqualTo("A newer time was proposed since: see /buddy status.");
    assertThat(text(trellis.buddy(ada, "accept")))
        .isEqualTo(
            "You accepted meeting on Fri 4 Dec at 16:30 (Europe/Paris). After you meet, type"
                + " /buddy done.");
    assertThat(text(trellis.buddy(ada, "accept"))).startsWith("There is no proposed time waiting");
  }

  @Test
  void doneKeepsTheNotePrivateToItsWriter() {
    startRound();

    String reply = text(trellis.buddy(ada, "done We compared career maps and lattice moves"));
    assertThat(reply)
        .startsWith("Marked your meetup with Bo Li as done.")
        .contains("Your note is private");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.lastReceivedBy(bo).message().text())
        .startsWith("Ada Lovelace marked your buddy meetup of Career lab as done.");

    assertThat(statusOf(ada)).contains("Your note: We compared career maps and lattice moves");
    assertThat(statusOf(bo)).doesNotContain("career maps and lattice").contains("Met.");
    Document stored = mongo.db().getCollection("buddy_meetups").find(Filters.empty()).first();
    assertThat(stored.toJson()).doesNotContain("lattice moves");

    // A second done keeps the meetup done and tells nobody again.
    int before = trellis.receivedBy(bo).size();
    assertThat(text(trellis.buddy(ada, "done"))).startsWith("Marked your meetup");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.receivedBy(bo)).hasSize(before);
    assertThat(text(trellis.buddy(bo, "skip"))).contains("already marked done");
  }

  @Test
  void skippingTellsTheBuddyAndEndsTheRoundsMeetup() {
    startRound();

    assertThat(text(trellis.buddy(bo, "skip")))
        .isEqualTo("You skip this round of Career lab. You will be in the draw again next round.");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.lastReceivedBy(ada).message().text())
        .isEqualTo(
            "Bo Li cannot meet this round of Career lab. You will have a new buddy in the next"
                + " round.");
    assertThat(statusOf(ada)).contains("Your buddy skips this round.");
    assertThat(text(trellis.buddy(ada, "propose fri 10:30"))).contains("was skipped");
  }

  @Test
  void aProposalDuringTheBuddysQuietHoursWaitsForTheirMorning() {
    startRound();
    // 23:00 in Paris is 17:00 in New York: Bo can be told at once; the other way round waits.
    moveTo("2026-12-01T22:00:00Z");

    String reply = text(trellis.buddy(bo, "propose thu 11:00"));
    assertThat(reply)
        .contains("Thu 3 Dec at 11:00 (America/New_York)")
        .contains("It reaches them Wed 2 Dec at 02:00 (America/New_York)");
    int before = trellis.receivedBy(ada).size();
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.receivedBy(ada)).hasSize(before);

    moveTo("2026-12-02T07:00:00Z");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.lastReceivedBy(ada).message().text())
        .isEqualTo("Bo Li proposes to meet on Thu 3 Dec at 17:00 (Europe/Paris).");
  }

  @Test
  void withoutABuddyTheCommandsSayWhatToDo() {
    assertThat(text(trellis.buddy(cy, "propose fri 10:30")))
        .isEqualTo("You are not in a buddy cohort. Join with /buddy join.");
    assertThat(text(trellis.buddy(cy, "status")))
        .isEqualTo("You are not in a buddy cohort. Join with /buddy join.");
    assertThat(text(trellis.buddy(cy, "join")))
        .startsWith(
            "You are in Career lab: you will be paired from its next round, every 4 weeks.");
    assertThat(text(trellis.buddy(cy, "propose fri 10:30")))
        .isEqualTo(
            "You have no buddy this round. You are in the draw for the next round of Career lab.");
    assertThat(text(trellis.buddy(cy, "pause 2w")))
        .startsWith("Paused buddy rounds until Tue 15 Dec 2026");
    assertThat(statusOf(cy)).contains("Paused until Tue 15 Dec 2026.");
    assertThat(text(trellis.buddy(cy, "leave"))).startsWith("You left Career lab.");
    assertThat(text(trellis.buddy(cy, "leave"))).isEqualTo("You are not in a buddy cohort.");
    assertThat(text(trellis.buddy(cy, "join Chess club")))
        .isEqualTo("There is no cohort called Chess club. The cohorts are Career lab.");
  }

  @Test
  void wrongInputGetsAReasonOrAUsageLine() {
    startRound();
    assertThat(text(trellis.buddy(ada, "propose")))
        .isEqualTo(
            "Say when you would like to meet.\nUsage: /buddy propose <when>  — for example"
                + " /buddy propose tomorrow 15:00");
    assertThat(text(trellis.buddy(ada, "propose someday soon")))
        .startsWith("I could not read that as a day and time");
    assertThat(text(trellis.buddy(ada, "propose yesterday 10:00"))).isNotBlank();
    assertThat(text(trellis.buddy(ada, "propose 2026-11-30 10:00")))
        .startsWith("That time has already passed");
    assertThat(text(trellis.buddy(ada, "meet tomorrow"))).contains("is not a /buddy command");
    assertThat(text(trellis.buddy(ada, "accept"))).startsWith("There is no proposed time waiting");
    assertThat(text(trellis.buddy(ada, "help"))).contains("/buddy propose fri 10:30");
    assertThat(text(trellis.command(ada, "help buddy")))
        .startsWith("Career buddies meet every few weeks");
  }

  private void startRound() {
    trellis.startingRound.start(ACME, LAB);
    trellis.dispatcher.dispatchDue();
    List<RecordingPlatform.Received> intros = trellis.receivedBy(ada);
    assertThat(intros).isNotEmpty();
  }

  private void moveTo(String instant) {
    trellis.clock.advance(
        java.time.Duration.between(trellis.clock.instant(), Instant.parse(instant)));
  }

  private String statusOf(Person person) {
    OutboundMessage message = ((Response.Reply) trellis.buddy(person, "status")).message();
    return message.fallback();
  }

  private static String text(Response response) {
    return ((Response.Reply) response).message().text();
  }
}

package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.opportunity.Opportunity;
import dev.trellis.core.opportunity.OpportunityButtons;
import dev.trellis.core.opportunity.OpportunityCounts;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Internal opportunities, end to end in the engine: Olga (Platform) posts, Rita (Design) is
 * interested, Nina is Rita's manager, Pete a peer in Design, Sam everyone's skip-level. Everyone is
 * in Berlin; it is Monday 7 December 2026.
 */
class OpportunitiesFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");

  EngineHarness trellis;
  Person sam;
  Person olga;
  Person nina;
  Person pete;
  Person rita;

  @BeforeEach
  void givenOlgaInPlatformAndRitaInDesign() {
    trellis = new EngineHarness(mongo.db(), MONDAY, "one");
    sam = person("Sam", null, "Leadership");
    olga = person("Olga", sam, "Platform");
    nina = person("Nina", sam, "Design");
    pete = person("Pete", nina, "Design");
    rita = person("Rita", nina, "Design");
    trellis.add(sam, olga, nina, pete, rita);
  }

  // --- posting, listing, closing

  @Test
  void postOpensAFormWithThePostersDepartmentAndItsSubmissionPostsNumberedOpportunities() {
    Response opened = opportunity(olga, "post");

    assertThat(opened).isInstanceOf(Response.OpenForm.class);
    Form form = ((Response.OpenForm) opened).form();
    assertThat(form.inputs())
        .extracting(Input::id)
        .containsExactly("title", "kind", "team", "skills", "time_needed", "closes_on");
    assertThat(((Input.Text) form.inputs().get(2)).initial()).contains("Platform");

    assertThat(text(post(olga, "Run the cluster upgrade", "stretch", "", "Kubernetes, Go, go")))
        .startsWith(
            "Posted opportunity 1: Run the cluster upgrade (Stretch project · Platform · skills:"
                + " kubernetes, go · 4 hours a week · closes Thu 31 Dec 2026).");
    assertThat(text(post(nina, "Shadow a design review", "shadowing", "UX", "")))
        .startsWith("Posted opportunity 2: Shadow a design review (Job shadowing · UX ·");
    Opportunity first = trellis.opportunities.findByNumber(ACME, 1).orElseThrow();
    assertThat(first.postedBy()).isEqualTo(olga.id());
    assertThat(first.skills()).containsExactly("kubernetes", "go");
  }

  @Test
  void theListShowsOpenOnesNewestFirstWithAnInterestButtonExceptOnOnesOwn() {
    assertThat(text(opportunity(rita, "list")))
        .isEqualTo("Nothing open right now. Post one yourself: /trellis opportunity post");
    post(olga, "Run the cluster upgrade", "stretch", "", "kubernetes");
    trellis.clock.advance(Duration.ofMinutes(1));
    post(nina, "Shadow a design review", "shadowing", "", "");
    trellis.clock.advance(Duration.ofMinutes(1));
    post(olga, "Closed soon", "gig", "", "");
    opportunity(olga, "close 3");

    OutboundMessage list = message(opportunity(olga, "list"));

    assertThat(list.text()).isEqualTo("2 open opportunities, newest first:");
    assertThat(list.fields())
        .extracting(Field::label)
        .containsExactly("2. Shadow a design review", "1. Run the cluster upgrade");
    assertThat(list.fields().get(1).value()).endsWith("posted by you");
    assertThat(list.buttons()).extracting(Button::label).containsExactly("I'm interested in 2");
    assertThat(message(opportunity(rita, "list")).buttons()).hasSize(2);
  }

  @Test
  void wrongFormInputGetsAReasonAndAnExampleBesideItsInputAndPostsNothing() {
    Map<String, String> errors =
        errors(
            submit(
                olga,
                Map.of(
                    "title", " ",
                    "kind", "promotion",
                    "skills", "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u",
                    "closes_on", "2026-12-06")));

    assertThat(errors.get("title"))
        .isEqualTo("Give it a title, for example: Run the Q1 cluster upgrade");
    assertThat(errors.get("kind"))
        .isEqualTo(
            "'promotion' is not a kind: use stretch, shadowing, mentoring, gig, role, for"
                + " example: stretch");
    assertThat(errors.get("skills")).startsWith("That is 21 skills; name at most 20");
    assertThat(errors.get("closes_on"))
        .isEqualTo(
            "2026-12-06 is in the past: choose today or a later day, for example 2026-12-21");
    assertThat(
            errors(
                    submit(
                        olga,
                        Map.of(
                            "title", "Gig",
                            "kind", "gig",
                            "skills", "x".repeat(41),
                            "closes_on", "next friday")))
                .values())
        .containsExactlyInAnyOrder(
            "Keep each skill to 40 characters (one is 41), for example: kubernetes, go, public"
                + " speaking",
            "'next friday' is not a date: write it as year-month-day, for example 2026-12-21");
    assertThat(trellis.opportunities.all(ACME)).isEmpty();
  }

  @Test
  void onlyThePosterClosesAndAWrongNumberGetsTheValidOnes() {
    post(olga, "Run the cluster upgrade", "stretch", "", "");
    post(olga, "Pair on the on-call tooling", "gig", "", "");

    assertThat(text(opportunity(rita, "close 1")))
        .isEqualTo(
            "Opportunity 1 is Olga's: only the person who posted it can close it. /trellis"
                + " opportunity mine lists yours.");
    assertThat(text(opportunity(olga, "close 7")))
        .isEqualTo(
            "There is no opportunity 7. Yours open: 1, 2. For example: /trellis opportunity close"
                + " 1");
    assertThat(text(opportunity(olga, "close one")))
        .isEqualTo(
            "'one' is not an opportunity number. For example: /trellis opportunity close 3"
                + " (/trellis opportunity mine lists yours)");
    assertThat(text(opportunity(olga, "close 1")))
        .startsWith("Closed opportunity 1: Run the cluster upgrade.");
    assertThat(text(opportunity(olga, "close 1")))
        .isEqualTo("Opportunity 1 is already closed: nothing changed.");
    assertThat(text(opportunity(rita, "close 9")))
        .isEqualTo(
            "There is no opportunity 9. You have no open opportunities to close. For example:"
                + " /trellis opportunity post");
    assertThat(trellis.opportunities.findByNumber(ACME, 2).orElseThrow().status())
        .isEqualTo(Opportunity.Status.OPEN);
  }

  @Test
  void anUnknownSubCommandGetsTheUsageAndTheBareWordTheHelp() {
    Response usage = opportunity(rita, "apply 3");
    assertThat(text(usage)).isEqualTo("Usage: /trellis opportunity post | list | mine | close <n>");
    assertThat(reply(usage).personal()).isFalse();
    assertThat(text(opportunity(rita, ""))).startsWith("Internal opportunities:");
    assertThat(text(opportunity(rita, "mine")))
        .isEqualTo("You have posted no opportunities. For example: /trellis opportunity post");
  }

  // --- interest

  @Test
  void interestTellsOnlyThePosterOnceAndTheMineListCountsIt() {
    post(olga, "Run the cluster upgrade", "stretch", "", "kubernetes");
    Button interested = message(opportunity(rita, "list")).buttons().get(0);

    Response answer = press(rita, interested);
    Response again = press(rita, interested);
    trellis.dispatcher.dispatchDue();

    assertThat(text(answer))
        .isEqualTo(
            "Olga will hear privately that you are interested in opportunity 1: Run the cluster"
                + " upgrade. Your manager is not told.");
    assertThat(message(answer).buttons()).extracting(Button::label).containsExactly("Tell Nina");
    assertThat(text(again))
        .isEqualTo(
            "You already showed interest in opportunity 1: Run the cluster upgrade: Olga knows."
                + " Nothing more was sent.");
    List<OutboundMessage> toOlga = received(olga);
    assertThat(toOlga).hasSize(1);
    assertThat(toOlga.get(0).text())
        .isEqualTo("Rita is interested in your opportunity 1: Run the cluster upgrade.");
    assertThat(toOlga.get(0).buttons())
        .extracting(Button::label)
        .containsExactly("Let's talk", "Filled");
    assertThat(received(nina)).isEmpty();
    assertThat(received(pete)).isEmpty();
    assertThat(received(sam)).isEmpty();
    assertThat(trellis.interests.in(ACME, opportunityId(1))).hasSize(1);
    assertThat(message(opportunity(olga, "mine")).fields().get(0).value())
        .startsWith("open · 1 person interested · Stretch project");
    assertThat(text(press(olga, message(opportunity(rita, "list")).buttons().get(0))))
        .isEqualTo("Opportunity 1 is your own: nobody to tell.");
  }

  @Test
  void aMatchedGoalIsShownToThePosterOnlyWhenThePersonAgrees() {
    trellis.command(rita, "goal add MARKER-GOAL Learn Kubernetes --direction lateral");
    trellis.command(pete, "goal add MARKER-PETE Learn Go --direction lateral");
    post(olga, "Run the cluster upgrade", "stretch", "", "kubernetes");
    Button fromDigest =
        Button.of(
            OpportunityButtons.INTERESTED,
            "I'm interested",
            new OpportunityButtons.Interest(opportunityId(1), OptionalInt.of(1)).value());

    OutboundMessage asked = message(press(rita, fromDigest));
    assertThat(asked.text())
        .isEqualTo(
            "Before Olga hears of your interest in opportunity 1: Run the cluster upgrade: may"
                + " they see the goal it matched, “MARKER-GOAL Learn Kubernetes”?");
    assertThat(received(olga)).isEmpty();
    Response shown = press(rita, asked.buttons().get(0));
    assertThat(reply(shown).replacesOriginal()).isTrue();
    OutboundMessage askedPete = message(press(pete, fromDigest));
    press(pete, button(askedPete, "Without the goal"));
    trellis.dispatcher.dispatchDue();

    assertThat(received(olga))
        .extracting(OutboundMessage::text)
        .containsExactlyInAnyOrder(
            "Rita is interested in your opportunity 1: Run the cluster upgrade.\n"
                + "The goal of theirs it matched: “MARKER-GOAL Learn Kubernetes”",
            "Pete is interested in your opportunity 1: Run the cluster upgrade.");
    assertThat(received(nina).toString()).doesNotContain("MARKER");
    assertThat(text(press(rita, asked.buttons().get(1))))
        .startsWith("You already showed interest in opportunity 1");
  }

  @Test
  void thePersonTellsOnlyTheirCurrentManagerAndOnlyWhenTheyChoose() {
    post(olga, "Run the cluster upgrade", "stretch", "", "");
    post(olga, "Pair on the on-call tooling", "gig", "", "");
    OutboundMessage list = message(opportunity(rita, "list"));
    press(rita, button(list, "I'm interested in 2"));
    OutboundMessage confirmed = message(press(rita, button(list, "I'm interested in 1")));
    trellis.dispatcher.dispatchDue();
    assertThat(received(nina)).isEmpty();

    // Rita moves to Sam before she tells: Nina, her former manager, is told nothing.
    rita = reportTo(rita, sam);
    assertThat(text(press(pete, button(confirmed, "Tell Nina"))))
        .startsWith("That interest is not yours to tell about.");
    Response told = press(rita, button(confirmed, "Tell Nina"));
    trellis.dispatcher.dispatchDue();

    assertThat(text(told))
        .isEqualTo("Sam now knows you are interested in opportunity 1: Run the cluster upgrade.");
    List<OutboundMessage> toSam = received(sam);
    assertThat(toSam).hasSize(1);
    assertThat(toSam.get(0).text())
        .startsWith(
            "Rita wanted you to know: they are interested in opportunity 1: Run the cluster"
                + " upgrade");
    assertThat(received(nina)).isEmpty();
    assertThat(received(pete)).isEmpty();
    assertThat(toSam.toString()).doesNotContain("on-call tooling");
    assertThat(text(press(rita, button(confirmed, "Tell Nina"))))
        .isEqualTo("Sam already knows: nothing changed.");
  }

  @Test
  void letsTalkOpensAGroupChatAndFilledCountsAMoveFromAnotherTeam() {
    post(olga, "Run the cluster upgrade", "stretch", "", "");
    press(rita, message(opportunity(rita, "list")).buttons().get(0));
    press(pete, message(opportunity(pete, "list")).buttons().get(0));
    trellis.dispatcher.dispatchDue();
    OutboundMessage aboutRita = from(olga, "Rita");

    assertThat(text(press(pete, button(aboutRita, "Let's talk"))))
        .startsWith("That interest is not in an opportunity of yours");
    assertThat(text(press(olga, button(aboutRita, "Let's talk"))))
        .isEqualTo("Opened a group chat with Rita about opportunity 1: Run the cluster upgrade.");
    trellis.dispatcher.dispatchDue();
    List<Received> groups =
        trellis.slack.received().stream().filter(r -> r.recipient().isGroup()).toList();
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).recipient().groupAddresses())
        .containsExactlyInAnyOrder("UOLGA0001", "URITA0001");
    assertThat(groups.get(0).message().text())
        .startsWith(
            "Olga would like to talk with Rita about opportunity 1: Run the cluster upgrade");

    assertThat(text(press(olga, button(aboutRita, "Filled"))))
        .isEqualTo(
            "Opportunity 1: Run the cluster upgrade is filled by Rita: it no longer shows in the"
                + " list, and they are told.");
    trellis.dispatcher.dispatchDue();

    Opportunity filled = trellis.opportunities.findByNumber(ACME, 1).orElseThrow();
    assertThat(filled.status()).isEqualTo(Opportunity.Status.FILLED);
    assertThat(filled.ended().orElseThrow().filledBy()).contains(rita.id());
    assertThat(filled.ended().orElseThrow().fromAnotherTeam()).isTrue();
    assertThat(received(rita).get(received(rita).size() - 1).text())
        .isEqualTo(
            "Olga marked opportunity 1: Run the cluster upgrade as filled by you. Congratulations,"
                + " and enjoy it!");
    assertThat(text(press(olga, button(from(olga, "Pete"), "Filled"))))
        .isEqualTo("Opportunity 1 is already filled: nothing changed.");
    assertThat(text(press(nina, interestIn(1))))
        .isEqualTo(
            "Opportunity 1 is filled: it takes no more interest. /trellis opportunity list shows"
                + " what is open.");
    assertThat(text(opportunity(rita, "list"))).startsWith("Nothing open right now.");
    assertThat(
            OpportunityCounts.of(
                trellis.opportunities,
                trellis.interests,
                ACME,
                MONDAY.minus(Duration.ofDays(1)),
                MONDAY.plus(Duration.ofDays(1))))
        .isEqualTo(new OpportunityCounts(1, 2, 1, 1));
  }

  @Test
  void aFillFromTheSameTeamIsNotAMoveAndAForgedOrForeignButtonChangesNothing() {
    post(nina, "Shadow a design review", "shadowing", "", "");
    press(rita, interestIn(1));
    trellis.dispatcher.dispatchDue();
    press(nina, button(received(nina).get(0), "Filled"));

    assertThat(
            trellis
                .opportunities
                .findByNumber(ACME, 1)
                .orElseThrow()
                .ended()
                .orElseThrow()
                .fromAnotherTeam())
        .isFalse();
    assertThat(text(press(rita, Button.of(OpportunityButtons.INTERESTED, "x", "globex:1"))))
        .startsWith("That opportunity is no longer there.");
    assertThat(text(press(rita, Button.of(OpportunityButtons.INTERESTED, "x", "acme:1#x"))))
        .startsWith("That opportunity is no longer there.");
  }

  @Test
  void theExportHoldsTheInterestAndThePostsAndErasureKeepsThePostingWithoutThePerson() {
    post(olga, "Run the cluster upgrade", "stretch", "", "");
    post(rita, "Teach Figma basics", "mentoring", "", "");
    press(rita, interestIn(1));
    PersonalExport export =
        trellis.routes.exports().stream()
            .filter(e -> e.section().equals("opportunities"))
            .findFirst()
            .orElseThrow();

    assertThat(export.export(ACME, rita.id()).toString())
        .contains("interestShown=[{opportunity=opportunity 1: Run the cluster upgrade")
        .contains("posted=[{number=2, title=Teach Figma basics");

    PersonId anonymous = PersonId.random();
    trellis.routes.erasures().forEach(e -> e.erase(new Erasure(ACME, rita.id(), anonymous)));

    assertThat(trellis.interests.of(ACME, rita.id())).isEmpty();
    assertThat(trellis.interests.of(ACME, anonymous)).hasSize(1);
    Opportunity kept = trellis.opportunities.findByNumber(ACME, 2).orElseThrow();
    assertThat(kept.title()).isEqualTo("(this text was erased)");
    assertThat(kept.postedBy()).isEqualTo(anonymous);
    assertThat(kept.status()).isEqualTo(Opportunity.Status.CLOSED);
    assertThat(export.export(ACME, rita.id()).toString())
        .isEqualTo("{interestShown=[], posted=[]}");
  }

  // --- helpers

  private Response opportunity(Person person, String text) {
    return trellis.command(person, ("opportunity " + text).strip());
  }

  private Response post(Person person, String title, String kind, String team, String skills) {
    Map<String, String> values = new HashMap<>();
    values.put("title", title);
    values.put("kind", kind);
    values.put("team", team);
    values.put("skills", skills);
    values.put("time_needed", "4 hours a week");
    values.put("closes_on", "2026-12-31");
    return submit(person, values);
  }

  private Response submit(Person person, Map<String, String> values) {
    return trellis.submit(person, "opportunity.post_form", "", values);
  }

  private Response press(Person person, Button button) {
    return trellis.engine.handle(
        new ButtonPress(
            person.orgId(),
            person.id(),
            Platform.SLACK,
            trellis.clock.instant(),
            new ActionId(button.actionId().value()),
            button.value(),
            Optional.empty(),
            "trigger-1"));
  }

  private static Button interestIn(int number) {
    return Button.of(OpportunityButtons.INTERESTED, "I'm interested", "acme:" + number);
  }

  private static dev.trellis.core.opportunity.OpportunityId opportunityId(int number) {
    return dev.trellis.core.opportunity.OpportunityId.of(ACME, number);
  }

  private Person reportTo(Person person, Person manager) {
    Person moved =
        new Person(
            person.id(),
            person.orgId(),
            person.email(),
            person.name(),
            Optional.of(manager.id()),
            person.department(),
            person.timeZone(),
            person.workingDays(),
            person.quietHours(),
            person.slackUserId(),
            person.teamsAadObjectId());
    trellis.add(moved);
    return moved;
  }

  private static Person person(String name, Person manager, String department) {
    var builder =
        aPerson()
            .withName(name)
            .withEmail(name.toLowerCase() + "@acme.example")
            .withSlackUserId("U" + name.toUpperCase() + "0001")
            .withDepartment(department)
            .withTimeZone("Europe/Berlin");
    return manager == null ? builder.build() : builder.withManager(manager).build();
  }

  private List<OutboundMessage> received(Person person) {
    return trellis.receivedBy(person).stream()
        .filter(r -> !r.recipient().isGroup())
        .map(Received::message)
        .toList();
  }

  /** The message to {@code person} that starts with {@code start}. */
  private OutboundMessage from(Person person, String start) {
    return received(person).stream()
        .filter(m -> m.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no message starting " + start));
  }

  private static Button button(OutboundMessage message, String label) {
    return message.buttons().stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " in " + message));
  }

  private static Map<String, String> errors(Response response) {
    assertThat(response).isInstanceOf(Response.FormErrors.class);
    return ((Response.FormErrors) response).errors();
  }

  private static Response.Reply reply(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return (Response.Reply) response;
  }

  private static OutboundMessage message(Response response) {
    return reply(response).message();
  }

  private static String text(Response response) {
    return message(response).text();
  }
}

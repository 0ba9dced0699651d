package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.erasure.ForgettingOldTexts;
import dev.trellis.core.feedback.Feedback;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Form;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.reflection.Reflection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retention: with {@code retention.months} set, the daily run forgets the reflections and feedback
 * written before the cutoff (their ciphertexts gone from the database) and keeps what is counted;
 * newer texts, and orgs with retention off, keep everything.
 */
class ForgettingOldTextsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant JANUARY = Instant.parse("2026-01-12T10:00:00Z");

  EngineHarness trellis;
  ForgettingOldTexts retention;
  Person olga;
  Person rita;

  @BeforeEach
  void givenRitaWhoWroteInJanuaryAndInApril() {
    trellis = new EngineHarness(mongo.db(), JANUARY, "one");
    MongoOrgs orgs = new MongoOrgs(mongo.db());
    orgs.save(new Org(ACME, "Acme", Optional.empty(), Optional.empty()));
    olga = person("Olga", null);
    rita = person("Rita", olga);
    trellis.add(olga, rita);
    retention =
        new ForgettingOldTexts(orgs, trellis.orgSettings, trellis.routes::erasures, trellis.clock);
    answer("MARKER-OLD reflection");
    giveOlgaFeedback("MARKER-OLD feedback");
    trellis.clock.advance(Duration.ofDays(90));
    answer("MARKER-NEW reflection");
    giveOlgaFeedback("MARKER-NEW feedback");
    trellis.clock.advance(Duration.ofDays(30));
  }

  @Test
  void textsOlderThanTheOrgsMonthsAreForgottenAndTheRecordsStay() {
    trellis.orgSettings.save(ACME, OrgSettings.DEFAULT.withRetention(new OrgSettings.Retention(3)));
    List<String> old = trellis.cipher.cipherTextsOf("MARKER-OLD");
    assertThat(old).isNotEmpty();

    int orgs = retention.forgetInEveryOrg();
    retention.forgetInEveryOrg();

    assertThat(orgs).isEqualTo(1);
    List<Reflection> history = trellis.reflections.history(ACME, rita.id(), 10);
    assertThat(history)
        .extracting(Reflection::answer)
        .containsExactly("MARKER-NEW reflection", "(this text was erased)");
    List<Feedback> received = trellis.feedback.receivedBy(ACME, olga.id(), 10);
    assertThat(received).hasSize(2);
    assertThat(received.toString()).contains("MARKER-NEW feedback");
    String database = everything();
    assertThat(old).noneMatch(database::contains);
    assertThat(trellis.cipher.cipherTextsOf("MARKER-NEW")).allMatch(database::contains);
  }

  @Test
  void anOrgWithRetentionOffKeepsEverything() {
    List<String> old = trellis.cipher.cipherTextsOf("MARKER-OLD");

    assertThat(retention.forgetInEveryOrg()).isZero();

    String database = everything();
    assertThat(old).allMatch(database::contains);
  }

  private void answer(String text) {
    trellis.sending.sendNow(rita, trellis.clock.instant()).orElseThrow();
    trellis.dispatcher.dispatchDue();
    trellis.reply(rita, text);
  }

  private void giveOlgaFeedback(String text) {
    Form giving =
        ((Response.OpenForm) trellis.feedback(rita, "give @olga about the roadmap")).form();
    trellis.submit(
        rita,
        giving.submitAction().value(),
        giving.reference(),
        Map.of("topic", "the roadmap", "went_well", text));
    trellis.dispatcher.dispatchDue();
  }

  private String everything() {
    StringBuilder all = new StringBuilder();
    for (String collection : mongo.db().listCollectionNames()) {
      for (Document d : mongo.db().getCollection(collection).find()) {
        all.append(d.toJson());
      }
    }
    return all.toString();
  }

  private static Person person(String name, Person manager) {
    var builder =
        aPerson()
            .withName(name)
            .withEmail(name.toLowerCase() + "@acme.example")
            .withSlackUserId("U" + name.toUpperCase() + "0001")
            .withTimeZone("Europe/Berlin");
    return manager == null ? builder.build() : builder.withManager(manager).build();
  }
}

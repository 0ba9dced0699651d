package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.org.ProtectedSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOrgSettingsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");

  private MongoOrgSettings settings;

  @BeforeEach
  void setUp() {
    settings = new MongoOrgSettings(mongo.db());
  }

  @Test
  void anOrgThatNeverSavedSettingsHasTheDefaults() {
    assertThat(settings.find(ACME)).isEqualTo(OrgSettings.DEFAULT);
    assertThat(settings.find(ACME).feedback().askNudgeAfter()).isEqualTo(Duration.ofDays(42));
  }

  @Test
  void savedSettingsAreReadBackForTheirOrgOnly() {
    settings.save(ACME, OrgSettings.DEFAULT.withFeedback(new OrgSettings.Feedback(3)));

    assertThat(settings.find(ACME).feedback().askNudgeAfterWeeks()).isEqualTo(3);
    assertThat(settings.find(ACME).feedback().askNudgeAfter()).isEqualTo(Duration.ofDays(21));
    assertThat(settings.find(GLOBEX)).isEqualTo(OrgSettings.DEFAULT);
  }

  @Test
  void developmentTimeWithItsSlotIsReadBackAndASlotRemovedStaysRemoved() {
    OrgSettings.DevTime withSlot =
        new OrgSettings.DevTime(4, Optional.of(new ProtectedSlot("fri", "13:00", "17:00")));
    settings.save(ACME, OrgSettings.DEFAULT.withDevTime(withSlot));

    assertThat(settings.find(ACME).devTime()).isEqualTo(withSlot);
    assertThat(settings.find(ACME).devTime().protectedSlot().orElseThrow().day())
        .isEqualTo(DayOfWeek.FRIDAY);

    settings.save(
        ACME, OrgSettings.DEFAULT.withDevTime(new OrgSettings.DevTime(4, Optional.empty())));
    assertThat(settings.find(ACME).devTime().protectedSlot()).isEmpty();
  }

  @Test
  void aSectionOrSettingTheStoredDocumentLacksReadsAsItsDefault() {
    mongo
        .db()
        .getCollection(MongoSchema.ORG_SETTINGS)
        .insertOne(new Document("_id", "acme").append("feedback", new Document()));
    mongo
        .db()
        .getCollection(MongoSchema.ORG_SETTINGS)
        .insertOne(new Document("_id", "globex").append("somethingOld", 1));

    assertThat(settings.find(ACME)).isEqualTo(OrgSettings.DEFAULT);
    assertThat(settings.find(GLOBEX)).isEqualTo(OrgSettings.DEFAULT);
  }

  /** A section shaped like the development time a later issue adds: it needs no store code. */
  record Slot(DayOfWeek weekday, LocalTime from, LocalTime to) {}

  record DevTime(Optional<Integer> monthlyHours, Optional<Slot> protectedSlot) {
    static final DevTime OFF = new DevTime(Optional.empty(), Optional.empty());
  }

  record Sections(OrgSettings.Feedback feedback, DevTime devTime) {}

  @Test
  void aNewSectionWithOptionalsEnumsAndTimesRoundTripsWithoutStoreCode() {
    Sections chosen =
        new Sections(
            new OrgSettings.Feedback(8),
            new DevTime(
                Optional.of(4),
                Optional.of(new Slot(DayOfWeek.FRIDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)))));
    Sections defaults = new Sections(OrgSettings.Feedback.DEFAULT, DevTime.OFF);

    Document stored = RecordDocuments.toDocument(chosen);

    assertThat(RecordDocuments.fromDocument(stored, defaults)).isEqualTo(chosen);
    assertThat(RecordDocuments.fromDocument(RecordDocuments.toDocument(defaults), chosen))
        .as("an empty optional is stored, so it is not mistaken for a missing field")
        .isEqualTo(defaults);
    assertThat(RecordDocuments.fromDocument(new Document(), defaults)).isEqualTo(defaults);
  }
}

package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.step.PersonSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoLastUsedPlatformsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");
  final PersonId ann = new PersonId("ann");
  final PersonId bob = new PersonId("bob");

  @Test
  void theLastPlatformRecordedIsTheOneAnsweredAndRecordingItAgainChangesNothing() {
    MongoLastUsedPlatforms used = new MongoLastUsedPlatforms(mongo.db());

    used.record(ACME, ann, Platform.SLACK);
    used.record(ACME, ann, Platform.SLACK);
    used.record(ACME, ann, Platform.TEAMS);
    used.record(ACME, ann, Platform.TEAMS);
    used.record(ACME, bob, Platform.SLACK);

    assertThat(used.of(ACME, List.of(ann, bob, new PersonId("cy"))))
        .isEqualTo(Map.of(ann, Platform.TEAMS, bob, Platform.SLACK));
    assertThat(used.of(GLOBEX, List.of(ann))).as("scoped to the org").isEmpty();
    assertThat(mongo.db().getCollection("last_used_platforms").countDocuments()).isEqualTo(2);
  }

  @Test
  void aChosenPlatformIsKeptWithThePersonsOtherSettings() {
    MongoPeopleSettings settings = new MongoPeopleSettings(mongo.db());

    settings.save(ACME, ann, PersonSettings.DEFAULT.withPlatform(Optional.of(Platform.TEAMS)));

    assertThat(settings.find(ACME, ann).platform()).contains(Platform.TEAMS);
    assertThat(settings.findAll(ACME, List.of(ann, bob)))
        .containsOnlyKeys(ann)
        .extractingByKey(ann)
        .isEqualTo(PersonSettings.DEFAULT.withPlatform(Optional.of(Platform.TEAMS)));
    assertThat(settings.find(ACME, bob).platform()).as("auto by default").isEmpty();
  }
}

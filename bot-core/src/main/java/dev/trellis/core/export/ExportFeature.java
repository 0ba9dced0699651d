package dev.trellis.core.export;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.step.PeopleSettings;
import java.util.Set;

/**
 * The person's own data, as they may take it elsewhere (GDPR Art. 20): {@code my-data} sends them
 * the whole export ({@link PersonalDataExport}) in their DM, and this feature writes its core
 * sections, the person's profile and settings.
 */
public final class ExportFeature implements Feature {

  /** The stores the feature works with. */
  public record Stores(
      People people, PeopleSettings settings, StoredExports exports, Outbox outbox) {}

  private final Stores stores;
  private final PersonalDataExport export;

  public ExportFeature(Stores stores, PersonalDataExport export) {
    this.stores = stores;
    this.export = export;
  }

  @Override
  public void register(Routes routes) {
    SendingMyData sending = new SendingMyData(export, stores.exports(), stores.outbox());
    routes
        .command(TrellisCommand.ExportMyData.class, sending::run)
        .helpLines("/trellis my-data  everything Trellis keeps of yours, as a file in your DM")
        .exports(new ProfileExport(stores.people()))
        .exports(new SettingsExport(stores.settings()))
        .erases(new WaitingExports());
  }

  /** Exports waiting to be delivered go with the person's data. */
  private final class WaitingExports implements PersonalErasure {

    @Override
    public Set<String> collections() {
      return Set.of("personal_exports");
    }

    @Override
    public void erase(Erasure erasure) {
      stores.exports().deleteOf(erasure.orgId(), erasure.personId());
    }
  }
}

package dev.trellis.core.erasure;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.ErasedPerson;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.privacy.AuditLog;
import dev.trellis.core.privacy.TextCipher;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The right to be forgotten: {@code forget-me} (with a confirmation button) erases the person
 * everywhere through {@link ErasingPerson}; and Trellis's own records of a person are forgotten
 * here, last of all the features' erasures. What stays of them is an {@link ErasedPerson} (their
 * department and manager, under the anonymous id) so analytics totals do not change.
 */
public final class ErasureFeature implements Feature {

  /** What the feature works with; {@code erasing} is built from the routes, so it comes later. */
  public record Stores(
      People people,
      PersonRecords records,
      ErasedPeople erasedPeople,
      AuditLog auditLog,
      TextCipher cipher,
      Clock clock) {}

  private final Stores stores;
  private final Supplier<ErasingPerson> erasing;

  public ErasureFeature(Stores stores, Supplier<ErasingPerson> erasing) {
    this.stores = stores;
    this.erasing = erasing;
  }

  @Override
  public void register(Routes routes) {
    routes
        .command(
            TrellisCommand.ForgetMe.class,
            (c, asked) -> confirming().ask(asked.person(), asked.at()))
        .buttons(ConfirmingErasure.NAMESPACE, (person, press) -> confirming().press(person, press))
        .helpLines("/trellis forget-me  erase everything Trellis keeps about you")
        .erases(new CoreErasure());
  }

  private ConfirmingErasure confirming() {
    return new ConfirmingErasure(stores.cipher(), erasing.get());
  }

  /** The directory entry, identities, queues and engine records; the audit log's subject. */
  private final class CoreErasure implements PersonalErasure {

    @Override
    public Set<String> collections() {
      Set<String> all = new HashSet<>(stores.records().collections());
      all.add("audit_log");
      all.add("erased_people");
      return all;
    }

    @Override
    public void erase(Erasure erasure) {
      Optional<Person> found = stores.people().findById(erasure.orgId(), erasure.personId());
      if (found.isEmpty()) {
        return;
      }
      Person person = found.get();
      stores.erasedPeople().replaceManager(erasure.orgId(), person.id(), erasure.anonymousId());
      stores
          .erasedPeople()
          .add(
              new ErasedPerson(
                  erasure.orgId(),
                  erasure.anonymousId(),
                  person.department(),
                  person.managerId(),
                  stores.clock().instant()));
      stores.auditLog().replaceSubject(erasure.orgId(), person.id(), erasure.anonymousId());
      stores.records().erase(erasure, person);
    }
  }
}

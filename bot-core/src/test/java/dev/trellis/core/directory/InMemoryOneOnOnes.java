package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link OneOnOnes} held in memory for core tests: scoped by org, one 1:1 per org, manager and
 * report, like the unique index of the Mongo store.
 */
public final class InMemoryOneOnOnes implements OneOnOnes {

  private final Map<OneOnOneId, OneOnOne> byId = new LinkedHashMap<>();
  private int written;

  /** How many 1:1s {@link #saveAll} has written. */
  public int written() {
    return written;
  }

  @Override
  public List<OneOnOne> findAll(OrgId orgId) {
    return byId.values().stream().filter(o -> o.orgId().equals(orgId)).toList();
  }

  @Override
  public Optional<OneOnOne> findById(OrgId orgId, OneOnOneId id) {
    return Optional.ofNullable(byId.get(id)).filter(o -> o.orgId().equals(orgId));
  }

  @Override
  public void saveAll(OrgId orgId, Collection<OneOnOne> oneOnOnes) {
    for (OneOnOne oneOnOne : oneOnOnes) {
      if (!oneOnOne.orgId().equals(orgId)) {
        throw new IllegalStateException(
            "Refusing to save a 1:1 of org " + oneOnOne.orgId() + " in " + orgId);
      }
      boolean pairTaken =
          findAll(orgId).stream()
              .anyMatch(
                  o ->
                      !o.id().equals(oneOnOne.id())
                          && o.managerId().equals(oneOnOne.managerId())
                          && o.reportId().equals(oneOnOne.reportId()));
      if (pairTaken) {
        throw new IllegalStateException("A second 1:1 for the same pair (unique index)");
      }
      byId.put(oneOnOne.id(), oneOnOne);
      written++;
    }
  }

  @Override
  public boolean delete(OrgId orgId, OneOnOneId id) {
    return findById(orgId, id).map(o -> byId.remove(o.id()) != null).orElse(false);
  }
}

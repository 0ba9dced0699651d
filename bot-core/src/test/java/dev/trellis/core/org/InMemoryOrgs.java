package dev.trellis.core.org;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link Orgs} held in memory for core tests. */
public final class InMemoryOrgs implements Orgs {

  private final Map<OrgId, Org> byId = new LinkedHashMap<>();

  @Override
  public Optional<Org> findById(OrgId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Org> findBySlackTeamId(String slackTeamId) {
    return byId.values().stream()
        .filter(o -> o.slackTeamId().filter(slackTeamId::equals).isPresent())
        .findFirst();
  }

  @Override
  public Optional<Org> findByTeamsTenantId(String teamsTenantId) {
    return byId.values().stream()
        .filter(o -> o.teamsTenantId().filter(teamsTenantId::equals).isPresent())
        .findFirst();
  }

  @Override
  public void save(Org org) {
    byId.put(org.id(), org);
  }

  @Override
  public List<Org> findAll() {
    return byId.values().stream().sorted(Comparator.comparing(o -> o.id().value())).toList();
  }
}

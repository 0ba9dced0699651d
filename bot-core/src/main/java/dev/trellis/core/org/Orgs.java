package dev.trellis.core.org;

import java.util.Optional;

/** The organisations Trellis serves. */
public interface Orgs {

  Optional<Org> findById(OrgId id);

  Optional<Org> findBySlackTeamId(String slackTeamId);

  Optional<Org> findByTeamsTenantId(String teamsTenantId);

  void save(Org org);
}

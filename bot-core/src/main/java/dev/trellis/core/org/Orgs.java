package dev.trellis.core.org;

import java.util.List;
import java.util.Optional;

/** The organisations Trellis serves. */
public interface Orgs {

  Optional<Org> findById(OrgId id);

  Optional<Org> findBySlackTeamId(String slackTeamId);

  Optional<Org> findByTeamsTenantId(String teamsTenantId);

  void save(Org org);

  /** Every org, ordered by id; for work that visits each org in turn, such as planning. */
  List<Org> findAll();
}

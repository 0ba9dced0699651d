package dev.trellis.core.org;

/** Each org's {@link OrgSettings}; an org that never saved any has the defaults. */
public interface OrgSettingsStore {

  /** The org's settings; a section it never set has that section's defaults. */
  OrgSettings find(OrgId orgId);

  void save(OrgId orgId, OrgSettings settings);
}

package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.List;

/**
 * Hears of every report whose manager an update of the directory changed from one person to
 * another, once the update is stored. Every way of changing a person's manager tells it.
 */
@FunctionalInterface
public interface ManagerChanges {

  void managersChanged(OrgId orgId, List<ManagerChange> changes);
}

package dev.trellis.core.privacy;

import dev.trellis.core.directory.Person;
import java.util.List;

/**
 * Who, besides its owner, sees something a person shared (a reflection, a takeaway, a goal, a
 * feedback answer they received): their current manager, as the directory says now, and only what
 * was shared with that manager. A former manager, a new manager it was not shared with, a
 * skip-level, mentor or peer who has a 1:1 with the person, and anyone of another org see nothing.
 * Every path that shows a person's items to someone else asks here; the writer's own views
 * (history, the answer form) do not need to.
 */
public final class SharedItemAccess {

  private SharedItemAccess() {}

  /** Whether {@code viewer} is {@code owner}'s manager in the directory now. */
  public static boolean isCurrentManager(Person viewer, Person owner) {
    return viewer.orgId().equals(owner.orgId())
        && owner.managerId().filter(viewer.id()::equals).isPresent();
  }

  /** Whether {@code viewer} may see {@code item}, which {@code owner} wrote. */
  public static boolean maySee(Person viewer, Person owner, SharedItem item) {
    return isCurrentManager(viewer, owner)
        && item.orgId().equals(owner.orgId())
        && item.ownerId().equals(owner.id())
        && item.isSharedWith(viewer.id());
  }

  /** The items {@code viewer} may see among {@code items} of {@code owner}, in their order. */
  public static <T extends SharedItem> List<T> visibleTo(
      Person viewer, Person owner, List<T> items) {
    return items.stream().filter(item -> maySee(viewer, owner, item)).toList();
  }
}

package dev.trellis.core.outbox;

import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each stored recipient of a batch with its addresses in the order to try: a person's as {@link
 * RecipientRoutes} answers now, a group's (it stays on its platform) or an unknown person's as
 * stored.
 */
final class AddressesInOrder {

  private final RecipientRoutes routes;

  AddressesInOrder(RecipientRoutes routes) {
    this.routes = routes;
  }

  Map<Recipient, List<Recipient>> inOrder(List<OutboxEntry> batch, Set<Platform> connected) {
    List<Recipient> stored = batch.stream().map(OutboxEntry::recipient).distinct().toList();
    Map<Recipient, List<Recipient>> found =
        routes.routes(stored.stream().filter(r -> !r.isGroup()).toList(), connected);
    Map<Recipient, List<Recipient>> all = new HashMap<>();
    for (Recipient r : stored) {
      List<Recipient> route = r.isGroup() ? null : found.get(r);
      all.put(r, route == null || route.isEmpty() ? List.of(r) : route);
    }
    return all;
  }
}

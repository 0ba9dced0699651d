package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.UnreachableRecipients;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/** Unreachable recipients in {@code unreachable_recipients}, keyed {@code platform:org/address}. */
public final class MongoUnreachableRecipients implements UnreachableRecipients {

  private final MongoCollection<Document> unreachable;

  public MongoUnreachableRecipients(MongoDatabase db) {
    this.unreachable = db.getCollection(MongoSchema.UNREACHABLE_RECIPIENTS);
  }

  @Override
  public Set<Recipient> among(Collection<Recipient> recipients) {
    Map<String, Recipient> byKey = new HashMap<>();
    recipients.forEach(r -> byKey.put(key(r), r));
    Set<Recipient> found = new HashSet<>();
    if (!byKey.isEmpty()) {
      ByIds.findIds(
          unreachable, List.copyOf(byKey.keySet()), d -> found.add(byKey.get(d.getString("_id"))));
    }
    return found;
  }

  @Override
  public void mark(Recipient recipient, String reason, Instant at) {
    unreachable.replaceOne(
        new Document("_id", key(recipient)),
        new Document("_id", key(recipient))
            .append("orgId", recipient.orgId().value())
            .append("personId", recipient.personId().value())
            .append("platform", recipient.platform().name())
            .append("reason", reason)
            .append("at", Date.from(at)),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public void clear(OrgId orgId, Platform platform, String address) {
    unreachable.deleteOne(new Document("_id", key(orgId, platform, address)));
  }

  private static String key(Recipient r) {
    return key(r.orgId(), r.platform(), r.address());
  }

  private static String key(OrgId orgId, Platform platform, String address) {
    return platform.name() + ":" + orgId.value() + "/" + address;
  }
}

package dev.trellis.app.harness;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bson.Document;

/**
 * Which replica sent for which org, seen from the database while a run goes on: the owners of the
 * outbox messages under lease, and of the org leases ({@code outbox_org_leases}) where the
 * dispatcher keeps them. An owner is an instance id ({@code <pid>@<host>/…}), told apart by pid.
 */
final class LeaseSampler {

  static final String ORG_LEASES = "outbox_org_leases";

  private final MongoDatabase db;
  private final Function<String, String> replicaOfOwner;
  private final Map<String, Set<String>> messageLeases = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> orgLeases = new ConcurrentHashMap<>();
  private int samples;

  LeaseSampler(MongoDatabase db, Function<String, String> replicaOfOwner) {
    this.db = db;
    this.replicaOfOwner = replicaOfOwner;
  }

  void sample() {
    samples++;
    for (Document doc :
        db.getCollection("outbox")
            .find(new Document("leaseOwner", new Document("$exists", true)))
            .projection(Projections.include("orgId", "leaseOwner"))) {
      add(messageLeases, doc.getString("orgId"), doc.getString("leaseOwner"));
    }
    long now = System.currentTimeMillis();
    for (Document doc : db.getCollection(ORG_LEASES).find()) {
      // {_id: org id, owner, until}; a lease let go has a blank owner, an expired one a past until
      Object owner = doc.get("owner");
      Object until = doc.get("until");
      boolean held =
          owner instanceof String o
              && !o.isBlank()
              && (!(until instanceof java.util.Date d) || d.getTime() > now);
      if (held) {
        add(orgLeases, String.valueOf(doc.get("_id")), (String) owner);
      }
    }
  }

  private void add(Map<String, Set<String>> seen, String org, String owner) {
    if (org != null && owner != null) {
      seen.computeIfAbsent(org, o -> ConcurrentHashMap.newKeySet())
          .add(replicaOfOwner.apply(owner));
    }
  }

  /** Per org, the replicas seen holding its leases; and how many orgs each replica held alone. */
  Map<String, Object> asJson() {
    Map<String, Object> json = new TreeMap<>();
    json.put("samples", samples);
    json.put("messageLeases", summary(messageLeases));
    json.put("orgLeases", summary(orgLeases));
    return json;
  }

  private static Map<String, Object> summary(Map<String, Set<String>> seen) {
    Map<String, Object> json = new TreeMap<>();
    Map<String, Integer> orgsBy = new TreeMap<>();
    Map<String, Object> byOrg = new TreeMap<>();
    seen.forEach(
        (org, replicas) -> {
          Set<String> sorted = new TreeSet<>(replicas);
          byOrg.put(org, sorted);
          orgsBy.merge(String.join("+", sorted), 1, Integer::sum);
        });
    json.put("orgsByReplicas", orgsBy);
    json.put("byOrg", byOrg);
    return json;
  }
}

package dev.trellis.app;

import dev.trellis.core.feature.Routes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * The collections of the running service's database that hold a known person's id, Slack user id or
 * AAD object id but that no registered erasure claims: forget-me would leave them behind.
 */
public final class UnclaimedCollections {

  private UnclaimedCollections() {}

  public static List<String> in(com.mongodb.client.MongoDatabase db, Routes routes) {
    Set<String> traces = new HashSet<>();
    for (Document person : db.getCollection("people").find()) {
      traces.add(person.getString("_id"));
      for (String platformId : List.of("slackUserId", "teamsAadObjectId")) {
        if (person.getString(platformId) != null) {
          traces.add(person.getString(platformId));
        }
      }
    }
    Set<String> claimed = routes.erasedCollections();
    List<String> unclaimed = new ArrayList<>();
    for (String collection : db.listCollectionNames()) {
      if (!claimed.contains(collection) && naming(db, collection, traces)) {
        unclaimed.add(collection);
      }
    }
    return unclaimed;
  }

  private static boolean naming(
      com.mongodb.client.MongoDatabase db, String collection, Set<String> traces) {
    for (Document d : db.getCollection(collection).find()) {
      List<String> strings = new ArrayList<>();
      collect(d, strings);
      if (strings.stream().anyMatch(s -> traces.stream().anyMatch(s::contains))) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Object value, List<String> into) {
    if (value instanceof String s) {
      into.add(s);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            into.add(String.valueOf(k));
            collect(v, into);
          });
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, into));
    }
  }
}

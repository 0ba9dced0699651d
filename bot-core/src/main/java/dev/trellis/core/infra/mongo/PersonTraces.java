package dev.trellis.core.infra.mongo;

import dev.trellis.core.directory.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * What gives a person away in a stored document: their id, email and platform ids anywhere, and in
 * the text of a message also their name (as a whole word, in any case).
 */
final class PersonTraces {

  private final List<String> ids;
  private final List<String> platformIds;
  private final Optional<Pattern> name;

  private PersonTraces(List<String> ids, List<String> platformIds, Optional<Pattern> name) {
    this.ids = ids;
    this.platformIds = platformIds;
    this.name = name;
  }

  static PersonTraces of(Person person) {
    List<String> platformIds = new ArrayList<>();
    person.slackUserId().ifPresent(platformIds::add);
    person.teamsAadObjectId().ifPresent(platformIds::add);
    List<String> ids = new ArrayList<>(platformIds);
    ids.add(person.id().value());
    ids.add(person.email().value());
    ids.add(person.email().value().toLowerCase(Locale.ROOT));
    Optional<Pattern> name =
        Optional.of(person.name().strip())
            .filter(n -> n.length() >= 2)
            .map(
                n ->
                    Pattern.compile(
                        "\\b" + Pattern.quote(n) + "\\b",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
    return new PersonTraces(List.copyOf(ids), List.copyOf(platformIds), name);
  }

  /** Whether a string of the document (keys included) holds one of the person's ids. */
  boolean foundIn(Object value) {
    return ids.stream().anyMatch(id -> ErasedDocuments.mentions(value, id));
  }

  /** Whether the text holds one of the person's ids or their name. */
  boolean foundInText(String text) {
    return foundIn(text) || name.filter(n -> n.matcher(text).find()).isPresent();
  }

  /** Whether a message's document holds one of the person's ids or their name. */
  boolean foundInText(Document message) {
    return foundInText(message.toJson());
  }

  boolean isPlatformId(String address) {
    return platformIds.contains(address);
  }

  /** The value with the person's name and ids written out, each replaced by {@code inPlace}. */
  Object writtenOut(Object value, String inPlace) {
    if (value instanceof String s) {
      String out =
          name.map(n -> n.matcher(s).replaceAll(Matcher.quoteReplacement(inPlace))).orElse(s);
      for (String id : ids) {
        out = out.replace(id, inPlace);
      }
      return out;
    }
    if (value instanceof Document doc) {
      Document copy = new Document();
      doc.forEach((k, v) -> copy.append(k, writtenOut(v, inPlace)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> writtenOut(v, inPlace)).toList();
    }
    return value;
  }
}

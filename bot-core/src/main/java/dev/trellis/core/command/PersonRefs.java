package dev.trellis.core.command;

import dev.trellis.core.directory.Email;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads person references; never throws. */
final class PersonRefs {

  private static final int MAX_WORD = 300;
  private static final Pattern MENTION =
      Pattern.compile("<@([UW][A-Z0-9]{2,31})(?:\\|([^<>|]*))?>");
  private static final Pattern MAILTO = Pattern.compile("<mailto:([^<>|]+)(?:\\|[^<>]*)?>");

  private PersonRefs() {}

  static Optional<PersonRef> parse(String word) {
    if (word == null || word.isEmpty() || word.length() > MAX_WORD) {
      return Optional.empty();
    }
    Matcher mention = MENTION.matcher(word);
    if (mention.matches()) {
      Optional<String> name = Optional.ofNullable(mention.group(2)).filter(n -> !n.isEmpty());
      if (name.isPresent() && !PersonRef.Handle.NAME.matcher(name.get()).matches()) {
        name = Optional.empty();
      }
      return Optional.of(new PersonRef.SlackMention(mention.group(1), name));
    }
    Matcher mailto = MAILTO.matcher(word);
    String address = mailto.matches() ? mailto.group(1) : word;
    Optional<Email> email = Email.parse(address.startsWith("@") ? address.substring(1) : address);
    if (email.isPresent()) {
      return Optional.of(new PersonRef.EmailAddress(email.get()));
    }
    if (word.startsWith("@") && PersonRef.Handle.NAME.matcher(word.substring(1)).matches()) {
      return Optional.of(new PersonRef.Handle(word.substring(1)));
    }
    return Optional.empty();
  }
}

package dev.trellis.core.command;

import dev.trellis.core.directory.Email;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person named in a command, as typed. Resolving it to a person of the org is the caller's job.
 */
public sealed interface PersonRef {

  /** The reference as it can be shown back on its platform. */
  String raw();

  /**
   * Reads one word: a Slack mention as Slack sends it in slash command text ({@code <@U012AB3CD>}
   * or {@code <@U012AB3CD|alice>}), an email address (also as Slack's {@code
   * <mailto:bob@example.com|bob@example.com>}), or a {@code @name} handle. Empty when it is none.
   */
  static Optional<PersonRef> parse(String word) {
    return PersonRefs.parse(word);
  }

  /** A Slack user mention: the user id, and the name Slack may add after a bar. */
  record SlackMention(String userId, Optional<String> name) implements PersonRef {
    static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");

    public SlackMention {
      if (userId == null || !USER_ID.matcher(userId).matches()) {
        throw new IllegalArgumentException("Not a Slack user id: '" + userId + "'");
      }
      Objects.requireNonNull(name, "name");
      if (name.isPresent() && !Handle.NAME.matcher(name.get()).matches()) {
        throw new IllegalArgumentException("Not a Slack user name: '" + name.get() + "'");
      }
    }

    @Override
    public String raw() {
      return "<@" + userId + name.map(n -> "|" + n).orElse("") + ">";
    }
  }

  /** An email address. */
  record EmailAddress(Email email) implements PersonRef {
    public EmailAddress {
      Objects.requireNonNull(email, "email");
    }

    @Override
    public String raw() {
      return email.value();
    }
  }

  /** A {@code @name} handle; {@code name} without the at sign, in the case it was typed. */
  record Handle(String name) implements PersonRef {
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'-]{0,79}");

    public Handle {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Not a handle: '" + name + "'");
      }
    }

    @Override
    public String raw() {
      return "@" + name;
    }
  }
}

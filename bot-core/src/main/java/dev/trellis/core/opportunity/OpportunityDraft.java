package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone posts, before the org gives it a number. Skills are free tags, kept in lower case
 * without repeats, in the order given. The checks here only guard the model; readers of forms and
 * CSV files answer people with their own reasons and examples first.
 */
public record OpportunityDraft(
    PersonId postedBy,
    String title,
    OpportunityKind kind,
    Optional<String> team,
    List<String> skills,
    Optional<String> timeNeeded,
    LocalDate closesOn) {

  public static final int MAX_TITLE = 150;
  public static final int MAX_TEAM = 80;
  public static final int MAX_SKILLS = 20;
  public static final int MAX_SKILL = 40;
  public static final int MAX_TIME_NEEDED = 80;

  public OpportunityDraft {
    Objects.requireNonNull(postedBy, "postedBy");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(closesOn, "closesOn");
    title = Objects.requireNonNull(title, "title").strip();
    if (title.isEmpty() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("A title has 1-" + MAX_TITLE + " characters");
    }
    team = stripped(team, MAX_TEAM, "team");
    timeNeeded = stripped(timeNeeded, MAX_TIME_NEEDED, "time needed");
    skills = tags(Objects.requireNonNull(skills, "skills"));
  }

  private static Optional<String> stripped(Optional<String> text, int max, String what) {
    Optional<String> kept = Objects.requireNonNull(text, what).map(String::strip);
    if (kept.filter(t -> t.length() > max).isPresent()) {
      throw new IllegalArgumentException("A " + what + " has at most " + max + " characters");
    }
    return kept.filter(t -> !t.isEmpty());
  }

  private static List<String> tags(List<String> given) {
    LinkedHashSet<String> kept = new LinkedHashSet<>();
    for (String tag : given) {
      String t = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (t.length() > MAX_SKILL) {
        throw new IllegalArgumentException("A skill has at most " + MAX_SKILL + " characters");
      }
      if (!t.isEmpty()) {
        kept.add(t);
      }
    }
    if (kept.size() > MAX_SKILLS) {
      throw new IllegalArgumentException("An opportunity has at most " + MAX_SKILLS + " skills");
    }
    return List.copyOf(kept);
  }
}

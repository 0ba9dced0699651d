package dev.trellis.core.opportunity;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form of {@code opportunity post}, and what it reads back: a draft, or a reason with an
 * example beside each input that cannot be taken as it is.
 */
final class PostingForm {

  static final ActionId SUBMIT = new ActionId("opportunity.post_form");
  static final String TITLE = "title";
  static final String KIND = "kind";
  static final String TEAM = "team";
  static final String SKILLS = "skills";
  static final String TIME_NEEDED = "time_needed";
  static final String CLOSES_ON = "closes_on";

  /** What a submission made: a draft, or the errors to show beside the inputs. */
  sealed interface Read {
    record Draft(OpportunityDraft draft) implements Read {}

    record Wrong(Map<String, String> errors) implements Read {}
  }

  private PostingForm() {}

  static Form of(Person poster) {
    return new Form(
        SUBMIT,
        "Post an opportunity",
        List.of(
            new Input.Text(
                TITLE,
                "Title",
                false,
                Optional.empty(),
                Optional.of("Run the Q1 cluster upgrade"),
                OpportunityDraft.MAX_TITLE,
                false),
            new Input.Select(
                KIND,
                "Kind",
                Arrays.stream(OpportunityKind.values())
                    .map(k -> new Input.Choice(k.word(), k.label()))
                    .toList(),
                Optional.of(OpportunityKind.STRETCH_PROJECT.word()),
                false),
            new Input.Text(
                TEAM,
                "Team",
                false,
                poster.department(),
                Optional.of("Platform"),
                OpportunityDraft.MAX_TEAM,
                true),
            new Input.Text(
                SKILLS,
                "Skills (comma-separated)",
                false,
                Optional.empty(),
                Optional.of("kubernetes, go, public speaking"),
                OpportunityDraft.MAX_SKILLS * (OpportunityDraft.MAX_SKILL + 2),
                true),
            new Input.Text(
                TIME_NEEDED,
                "Time needed",
                false,
                Optional.empty(),
                Optional.of("4 hours a week for 6 weeks"),
                OpportunityDraft.MAX_TIME_NEEDED,
                true),
            new Input.Date(CLOSES_ON, "Closes on", Optional.empty(), false)),
        "Post",
        "");
  }

  /** Reads a submission by {@code poster} on {@code today} (in their zone). */
  static Read read(Person poster, FormSubmission form, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    String title = form.value(TITLE).map(String::strip).orElse("");
    if (title.isEmpty()) {
      errors.put(TITLE, "Give it a title, for example: Run the Q1 cluster upgrade");
    } else if (title.length() > OpportunityDraft.MAX_TITLE) {
      errors.put(
          TITLE,
          "Keep the title to "
              + OpportunityDraft.MAX_TITLE
              + " characters, for example: Run the Q1 cluster upgrade");
    }
    Optional<OpportunityKind> kind = form.value(KIND).flatMap(OpportunityKind::parse);
    if (kind.isEmpty()) {
      errors.put(KIND, unknownKind(form.value(KIND).orElse("")));
    }
    Optional<String> team = form.value(TEAM).map(String::strip);
    if (team.filter(t -> t.length() > OpportunityDraft.MAX_TEAM).isPresent()) {
      errors.put(
          TEAM, "Keep the team to " + OpportunityDraft.MAX_TEAM + " characters, e.g. Platform");
    }
    Optional<String> timeNeeded = form.value(TIME_NEEDED).map(String::strip);
    if (timeNeeded.filter(t -> t.length() > OpportunityDraft.MAX_TIME_NEEDED).isPresent()) {
      errors.put(
          TIME_NEEDED,
          "Keep the time needed to "
              + OpportunityDraft.MAX_TIME_NEEDED
              + " characters, for example: 4 hours a week for 6 weeks");
    }
    List<String> skills = skills(form.value(SKILLS).orElse(""));
    wrongSkills(skills).ifPresent(why -> errors.put(SKILLS, why));
    Optional<LocalDate> closesOn = closesOn(form.value(CLOSES_ON), today, errors);
    if (!errors.isEmpty()) {
      return new Read.Wrong(errors);
    }
    return new Read.Draft(
        new OpportunityDraft(
            poster.id(),
            title,
            kind.orElseThrow(),
            team.filter(t -> !t.isEmpty()).or(poster::department),
            skills,
            timeNeeded,
            closesOn.orElseThrow()));
  }

  /** Free tags, split at commas (or semicolons). */
  static List<String> skills(String typed) {
    return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Why these skills cannot be taken; empty when they can. */
  static Optional<String> wrongSkills(List<String> skills) {
    if (skills.size() > OpportunityDraft.MAX_SKILLS) {
      return Optional.of(
          "That is "
              + skills.size()
              + " skills; name at most "
              + OpportunityDraft.MAX_SKILLS
              + ", for example: kubernetes, go, public speaking");
    }
    return skills.stream()
        .filter(s -> s.length() > OpportunityDraft.MAX_SKILL)
        .findFirst()
        .map(
            s ->
                "Keep each skill to "
                    + OpportunityDraft.MAX_SKILL
                    + " characters (one is "
                    + s.length()
                    + "), for example: kubernetes, go, public speaking");
  }

  static String unknownKind(String typed) {
    String kinds =
        String.join(", ", Arrays.stream(OpportunityKind.values()).map(k -> k.word()).toList());
    return (typed.isBlank() ? "Choose a kind" : "'" + typed.strip() + "' is not a kind")
        + ": use "
        + kinds
        + ", for example: stretch";
  }

  /** Why this closing day cannot be taken; empty when it can. */
  static Optional<String> wrongClosingDay(String typed, LocalDate today) {
    try {
      LocalDate day = LocalDate.parse(typed.strip());
      return day.isBefore(today)
          ? Optional.of(
              day
                  + " is in the past: choose today or a later day, for example "
                  + today.plusWeeks(2))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of(
          "'"
              + typed.strip()
              + "' is not a date: write it as year-month-day, for example "
              + today.plusWeeks(2));
    }
  }

  private static Optional<LocalDate> closesOn(
      Optional<String> typed, LocalDate today, Map<String, String> errors) {
    if (typed.isEmpty()) {
      errors.put(CLOSES_ON, "Choose the day it closes, for example " + today.plusWeeks(2));
      return Optional.empty();
    }
    Optional<String> wrong = wrongClosingDay(typed.get(), today);
    wrong.ifPresent(why -> errors.put(CLOSES_ON, why));
    return wrong.isPresent() ? Optional.empty() : Optional.of(LocalDate.parse(typed.get().strip()));
  }
}

package dev.trellis.core.opportunity;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.goal.Goal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which of an org's open opportunities suit a person, and why: pure, built once over the org's open
 * opportunities (an index from words to the skills and titles that hold them) and then asked person
 * after person, so a whole org is matched without a query per person.
 *
 * <p>The rule: a person matches an opportunity through one of their open goals when the goal's
 * words (its text and next step, lower-cased, stop words left out) contain one of the opportunity's
 * skills (a multi-word skill as a phrase) or a word of its title. Without such a word there is no
 * match, whatever the direction: a direction alone would match half the org. A kind that fits the
 * goal's direction ({@link #FITS}) ranks the match higher, then more skills, then more title words,
 * then the newer opportunity. Left out: opportunities the person posted, those of their own team
 * (the opportunity's team, or its poster's department when it names none) unless it is a role,
 * those not open on the person's day, and those they have seen.
 */
public final class OpportunityMatching {

  /** The kinds that suit each direction of a goal. */
  public static final Map<GoalDirection, Set<OpportunityKind>> FITS = fits();

  private record Phrase(int opportunity, List<String> words, String skill) {}

  private final List<Opportunity> opportunities;
  private final List<Optional<String>> teams = new ArrayList<>();
  private final Map<String, List<Phrase>> skillsByFirstWord = new HashMap<>();
  private final Map<String, List<Integer>> titlesByWord = new HashMap<>();

  /**
   * {@code departmentOf}: the department of each poster (empty when they have none or left), for
   * the opportunities that name no team.
   */
  public OpportunityMatching(
      List<Opportunity> open, Function<PersonId, Optional<String>> departmentOf) {
    this.opportunities = List.copyOf(open);
    for (int i = 0; i < opportunities.size(); i++) {
      Opportunity o = opportunities.get(i);
      teams.add(team(o.team().or(() -> departmentOf.apply(o.postedBy()))));
      for (String skill : o.skills()) {
        List<String> words = MatchWords.all(skill);
        if (words.size() > 1 || MatchWords.of(skill).size() == 1) {
          skillsByFirstWord
              .computeIfAbsent(words.get(0), w -> new ArrayList<>())
              .add(new Phrase(i, words, skill));
        }
      }
      for (String word : new LinkedHashSet<>(MatchWords.of(o.title()))) {
        titlesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
  }

  /** How many opportunities it matches against. */
  public int size() {
    return opportunities.size();
  }

  /**
   * The opportunities that suit the person through their open goals, best first, each once (through
   * its best goal); {@code today} is the person's own day.
   */
  public List<OpportunityMatch> matchesFor(
      Person person, List<Goal> goals, Set<OpportunityId> seen, LocalDate today) {
    Optional<String> ownTeam = team(person.department());
    Map<Integer, OpportunityMatch> best = new LinkedHashMap<>();
    Map<Integer, Boolean> allowed = new HashMap<>();
    for (Goal goal : goals) {
      if (!goal.isOpen()) {
        continue;
      }
      String text = goal.text() + goal.nextStep().map(s -> " \n " + s).orElse("");
      Map<Integer, Set<String>> skills = skillsIn(MatchWords.all(text));
      Map<Integer, Set<String>> titleWords = titleWordsIn(MatchWords.of(text));
      Set<Integer> hit = new LinkedHashSet<>(skills.keySet());
      hit.addAll(titleWords.keySet());
      for (int i : hit) {
        if (!allowed.computeIfAbsent(i, o -> isFor(o, person, ownTeam, seen, today))) {
          continue;
        }
        Opportunity o = opportunities.get(i);
        OpportunityMatch match =
            new OpportunityMatch(
                o,
                goal.number(),
                goal.text(),
                goal.direction(),
                List.copyOf(skills.getOrDefault(i, Set.of())),
                List.copyOf(titleWords.getOrDefault(i, Set.of())),
                FITS.get(goal.direction()).contains(o.kind()));
        best.merge(i, match, (a, b) -> OpportunityMatch.BEST_FIRST.compare(b, a) < 0 ? b : a);
      }
    }
    List<OpportunityMatch> found = new ArrayList<>(best.values());
    found.sort(
        OpportunityMatch.BEST_FIRST.thenComparing(
            Comparator.comparingInt((OpportunityMatch m) -> m.opportunity().number()).reversed()));
    return found;
  }

  private Map<Integer, Set<String>> skillsIn(List<String> words) {
    Map<Integer, Set<String>> found = new LinkedHashMap<>();
    for (int at = 0; at < words.size(); at++) {
      for (Phrase phrase : skillsByFirstWord.getOrDefault(words.get(at), List.of())) {
        if (startsAt(words, at, phrase.words())) {
          found
              .computeIfAbsent(phrase.opportunity(), i -> new LinkedHashSet<>())
              .add(phrase.skill());
        }
      }
    }
    return found;
  }

  private Map<Integer, Set<String>> titleWordsIn(List<String> words) {
    Map<Integer, Set<String>> found = new LinkedHashMap<>();
    for (String word : words) {
      for (int i : titlesByWord.getOrDefault(word, List.of())) {
        found.computeIfAbsent(i, o -> new LinkedHashSet<>()).add(word);
      }
    }
    return found;
  }

  private static boolean startsAt(List<String> words, int at, List<String> phrase) {
    if (at + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      if (!words.get(at + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean isFor(
      int i, Person person, Optional<String> ownTeam, Set<OpportunityId> seen, LocalDate today) {
    Opportunity o = opportunities.get(i);
    boolean sameTeam = ownTeam.isPresent() && ownTeam.equals(teams.get(i));
    return o.isOpenOn(today)
        && !o.postedBy().equals(person.id())
        && !seen.contains(o.id())
        && (!sameTeam || o.kind() == OpportunityKind.ROLE);
  }

  private static Optional<String> team(Optional<String> name) {
    return name.map(n -> n.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
        .filter(n -> !n.isEmpty());
  }

  private static Map<GoalDirection, Set<OpportunityKind>> fits() {
    Map<GoalDirection, Set<OpportunityKind>> fits = new EnumMap<>(GoalDirection.class);
    fits.put(
        GoalDirection.GROW, Set.of(OpportunityKind.STRETCH_PROJECT, OpportunityKind.MENTORING));
    fits.put(
        GoalDirection.LATERAL,
        Set.of(OpportunityKind.ROLE, OpportunityKind.GIG, OpportunityKind.SHADOWING));
    fits.put(GoalDirection.STRETCH, Set.of(OpportunityKind.STRETCH_PROJECT, OpportunityKind.GIG));
    fits.put(GoalDirection.MENTORING, Set.of(OpportunityKind.MENTORING));
    fits.put(
        GoalDirection.LEARNING,
        Set.of(OpportunityKind.SHADOWING, OpportunityKind.MENTORING, OpportunityKind.GIG));
    return Map.copyOf(fits);
  }
}

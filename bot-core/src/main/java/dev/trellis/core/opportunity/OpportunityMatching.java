package dev.trellis.core.opportunity;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.goal.Goal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  private record Phrase(int id, int opportunity, List<String> words, String skill) {}

  private final List<Opportunity> opportunities;
  private final List<Optional<String>> teams = new ArrayList<>();
  private final List<List<Phrase>> phrasesOf = new ArrayList<>();
  private final List<Set<String>> titleWordsOf = new ArrayList<>();
  private final Map<String, List<Phrase>> skillsByFirstWord = new HashMap<>();
  private final Map<String, int[]> titlesByWord;
  private final int phraseCount;
  private final boolean[][] fits = fitsByOrdinal();

  /** Each department as a team, once: everyone matched asks for theirs. */
  private final Map<String, Optional<String>> teamOfDepartment = new ConcurrentHashMap<>();

  /** Working space for one person's matching, reused by the calls on one thread. */
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /**
   * {@code departmentOf}: the department of each poster (empty when they have none or left), for
   * the opportunities that name no team.
   */
  public OpportunityMatching(
      List<Opportunity> open, Function<PersonId, Optional<String>> departmentOf) {
    this.opportunities = List.copyOf(open);
    Map<String, List<Integer>> titles = new HashMap<>();
    int phrases = 0;
    for (int i = 0; i < opportunities.size(); i++) {
      Opportunity o = opportunities.get(i);
      teams.add(team(o.team().or(() -> departmentOf.apply(o.postedBy()))));
      List<Phrase> own = new ArrayList<>();
      for (String skill : o.skills()) {
        List<String> words = MatchWords.all(skill);
        if (words.size() > 1 || MatchWords.of(skill).size() == 1) {
          Phrase phrase = new Phrase(phrases++, i, words, skill);
          own.add(phrase);
          skillsByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(phrase);
        }
      }
      phrasesOf.add(own);
      Set<String> titleWords = new LinkedHashSet<>(MatchWords.of(o.title()));
      titleWordsOf.add(titleWords);
      for (String word : titleWords) {
        titles.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
    this.phraseCount = phrases;
    this.titlesByWord = new HashMap<>();
    titles.forEach(
        (word, list) ->
            titlesByWord.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
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
    return matchesFor(person, goals, seen, today, Integer.MAX_VALUE);
  }

  /**
   * As {@link #matchesFor(Person, List, Set, LocalDate)}, only the {@code most} best. Goals are
   * scored with counters, not lists: only the matches answered are spelt out, so a person who suits
   * forty opportunities costs forty counters, not forty explanations.
   */
  public List<OpportunityMatch> matchesFor(
      Person person, List<Goal> goals, Set<OpportunityId> seen, LocalDate today, int most) {
    Scratch s = scratch.get();
    s.prepare(opportunities.size(), phraseCount);
    Optional<String> ownTeam = teamOf(person);
    List<List<String>> allWords = new ArrayList<>(goals.size());
    List<List<String>> contentWords = new ArrayList<>(goals.size());
    try {
      for (int g = 0; g < goals.size(); g++) {
        Goal goal = goals.get(g);
        if (!goal.isOpen()) {
          allWords.add(List.of());
          contentWords.add(List.of());
          continue;
        }
        List<String> all = MatchWords.all(textOf(goal));
        List<String> content = MatchWords.withoutStopWords(all);
        allWords.add(all);
        contentWords.add(content);
        s.startGoal();
        countSkills(all, s);
        countTitleWords(content, s);
        for (int k = 0; k < s.goalTouched.size; k++) {
          int i = s.goalTouched.at(k);
          long score = score(goal, i, s.skills[i], s.titles[i]);
          if (s.allowed[i] == 0) {
            s.allowed[i] = (byte) (isFor(i, person, ownTeam, seen, today) ? 1 : 2);
          }
          if (s.allowed[i] == 1 && score > s.best[i]) {
            if (s.best[i] == 0) {
              s.personTouched.add(i);
            }
            s.best[i] = score;
            s.bestGoal[i] = g;
          }
          s.skills[i] = 0;
          s.titles[i] = 0;
        }
      }
      List<Integer> ranked = best(s, Math.min(most, s.personTouched.size));
      List<OpportunityMatch> found = new ArrayList<>(ranked.size());
      for (int i : ranked) {
        int g = s.bestGoal[i];
        found.add(spelt(goals.get(g), i, allWords.get(g), contentWords.get(g)));
      }
      return found;
    } finally {
      s.clear();
    }
  }

  /**
   * Whether {@link #matchesFor} would find anything for the person: stops at the first goal and
   * opportunity that match and are for them, and spells nothing out. A digest is still wanted when
   * anything suits, whichever is best.
   */
  public boolean suitsAny(
      Person person, List<Goal> goals, Set<OpportunityId> seen, LocalDate today) {
    Scratch s = scratch.get();
    s.prepare(opportunities.size(), phraseCount);
    Optional<String> ownTeam = teamOf(person);
    try {
      for (Goal goal : goals) {
        if (!goal.isOpen()) {
          continue;
        }
        List<String> all = MatchWords.all(textOf(goal));
        s.startGoal();
        countSkills(all, s);
        countTitleWords(MatchWords.withoutStopWords(all), s);
        for (int k = 0; k < s.goalTouched.size; k++) {
          int i = s.goalTouched.at(k);
          if (s.allowed[i] == 0) {
            s.allowed[i] = (byte) (isFor(i, person, ownTeam, seen, today) ? 1 : 2);
          }
          if (s.allowed[i] == 1) {
            return true;
          }
          s.skills[i] = 0;
          s.titles[i] = 0;
        }
      }
      return false;
    } finally {
      s.clear();
    }
  }

  private static String textOf(Goal goal) {
    return goal.text() + goal.nextStep().map(t -> " \n " + t).orElse("");
  }

  /**
   * The {@code most} best of the person's opportunities, best first: by score, then the newer. A
   * selection, not a sort: a digest wants five of perhaps forty, and still-wanted only one.
   */
  private List<Integer> best(Scratch s, int most) {
    int[] chosen = new int[most];
    int size = 0;
    for (int k = 0; k < s.personTouched.size; k++) {
      int i = s.personTouched.at(k);
      int at = size;
      while (at > 0 && better(s, i, chosen[at - 1])) {
        at--;
      }
      if (at < most) {
        int end = Math.min(size, most - 1);
        System.arraycopy(chosen, at, chosen, at + 1, end - at);
        chosen[at] = i;
        size = Math.min(size + 1, most);
      }
    }
    List<Integer> ranked = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      ranked.add(chosen[k]);
    }
    return ranked;
  }

  private boolean better(Scratch s, int i, int j) {
    return s.best[i] != s.best[j]
        ? s.best[i] > s.best[j]
        : opportunities.get(i).number() > opportunities.get(j).number();
  }

  /**
   * Kind first, then skills, then title words: the order of {@link OpportunityMatch#BEST_FIRST}.
   */
  private long score(Goal goal, int i, int skills, int titleWords) {
    boolean fits = this.fits[goal.direction().ordinal()][opportunities.get(i).kind().ordinal()];
    return (fits ? 1L << 42 : 0L) + ((long) skills << 21) + titleWords;
  }

  /** Counts each skill phrase once a goal, however often its words come. */
  private void countSkills(List<String> words, Scratch s) {
    for (int at = 0; at < words.size(); at++) {
      List<Phrase> starting = skillsByFirstWord.get(words.get(at));
      if (starting == null) {
        continue;
      }
      for (Phrase phrase : starting) {
        if (s.phraseStamp[phrase.id()] != s.goalStamp && startsAt(words, at, phrase.words())) {
          s.phraseStamp[phrase.id()] = s.goalStamp;
          s.touch(phrase.opportunity());
          s.skills[phrase.opportunity()]++;
        }
      }
    }
  }

  /** Counts each title word once a goal: a goal has a few words, so no set is needed. */
  private void countTitleWords(List<String> words, Scratch s) {
    for (int at = 0; at < words.size(); at++) {
      String word = words.get(at);
      int[] titled = titlesByWord.get(word);
      if (titled != null && words.indexOf(word) == at) {
        for (int i : titled) {
          s.touch(i);
          s.titles[i]++;
        }
      }
    }
  }

  /** The match of goal and opportunity with its skills and title words named. */
  private OpportunityMatch spelt(
      Goal goal, int i, List<String> allWords, List<String> contentWords) {
    Opportunity o = opportunities.get(i);
    List<String> skills = new ArrayList<>();
    for (Phrase phrase : phrasesOf.get(i)) {
      for (int at = 0; at < allWords.size(); at++) {
        if (allWords.get(at).equals(phrase.words().get(0))
            && startsAt(allWords, at, phrase.words())) {
          skills.add(phrase.skill());
          break;
        }
      }
    }
    Set<String> titleWords = new LinkedHashSet<>();
    for (String word : contentWords) {
      if (titleWordsOf.get(i).contains(word)) {
        titleWords.add(word);
      }
    }
    return new OpportunityMatch(
        o,
        goal.number(),
        goal.text(),
        goal.direction(),
        skills,
        List.copyOf(titleWords),
        FITS.get(goal.direction()).contains(o.kind()));
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

  /** Counters by opportunity, reset through the lists of those touched. */
  private static final class Scratch {
    int[] skills = new int[0];
    int[] titles = new int[0];
    long[] best = new long[0];
    int[] bestGoal = new int[0];
    byte[] allowed = new byte[0];
    int[] phraseStamp = new int[0];
    int goalStamp;
    final Touched goalTouched = new Touched();
    final Touched personTouched = new Touched();
    final Touched allowedTouched = new Touched();

    void prepare(int opportunities, int phrases) {
      if (skills.length < opportunities) {
        skills = new int[opportunities];
        titles = new int[opportunities];
        best = new long[opportunities];
        bestGoal = new int[opportunities];
        allowed = new byte[opportunities];
      }
      if (phraseStamp.length < phrases) {
        phraseStamp = new int[phrases];
        goalStamp = 0;
      }
    }

    void startGoal() {
      goalTouched.size = 0;
      goalStamp++;
    }

    void touch(int i) {
      if (skills[i] == 0 && titles[i] == 0) {
        goalTouched.add(i);
        if (allowed[i] == 0) {
          allowedTouched.add(i);
        }
      }
    }

    void clear() {
      for (int k = 0; k < personTouched.size; k++) {
        best[personTouched.at(k)] = 0;
      }
      for (int k = 0; k < allowedTouched.size; k++) {
        allowed[allowedTouched.at(k)] = 0;
      }
      for (int k = 0; k < goalTouched.size; k++) {
        skills[goalTouched.at(k)] = 0;
        titles[goalTouched.at(k)] = 0;
      }
      personTouched.size = 0;
      allowedTouched.size = 0;
      goalTouched.size = 0;
    }
  }

  /** A growing list of ints. */
  private static final class Touched {
    int[] items = new int[64];
    int size;

    void add(int i) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = i;
    }

    int at(int k) {
      return items[k];
    }
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

  private Optional<String> teamOf(Person person) {
    return person
        .department()
        .flatMap(d -> teamOfDepartment.computeIfAbsent(d, n -> team(Optional.of(n))));
  }

  private static Optional<String> team(Optional<String> name) {
    return name.map(n -> n.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
        .filter(n -> !n.isEmpty());
  }

  private static boolean[][] fitsByOrdinal() {
    boolean[][] table = new boolean[GoalDirection.values().length][OpportunityKind.values().length];
    FITS.forEach(
        (direction, kinds) -> kinds.forEach(k -> table[direction.ordinal()][k.ordinal()] = true));
    return table;
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

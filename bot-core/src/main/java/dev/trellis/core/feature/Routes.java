package dev.trellis.core.feature;

import dev.trellis.core.command.Command;
import dev.trellis.core.command.CommandGrammar;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.StepHandler;
import dev.trellis.core.step.StepSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each feature answers: filled once at start-up by {@link Feature#register}, then read by the
 * router. A command type, button namespace, form, help topic, step kind (run or planned), key
 * prefix, index, export section or erased collection claimed by two features stops start-up with a
 * {@link DuplicateRouteException}.
 */
public final class Routes {

  private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  private record Claim<T>(String feature, T handler) {}

  private record Placed(int place, HomeSection section) {}

  private final Map<Class<?>, Claim<CommandHandler<?>>> commands = new HashMap<>();
  private final Map<String, Claim<CommandWord>> words = new HashMap<>();
  private final Map<String, Claim<ButtonHandler>> buttons = new HashMap<>();
  private final Map<ActionId, Claim<FormHandler>> forms = new HashMap<>();
  private final Map<String, Claim<HelpTopic>> helpTopics = new LinkedHashMap<>();
  private final Map<StepKind, Claim<StepHandler>> steps = new LinkedHashMap<>();
  private final Map<StepKind, Claim<StepSource>> plannedKinds = new LinkedHashMap<>();
  private final Map<String, Claim<StepSource>> keyPrefixes = new HashMap<>();
  private final List<StepSource> stepSources = new ArrayList<>();
  private final Map<String, Claim<IndexSpec>> indexes = new LinkedHashMap<>();
  private final List<String> helpLines = new ArrayList<>();
  private final List<Placed> home = new ArrayList<>();
  private final List<FreeTextHandler> freeText = new ArrayList<>();
  private final Map<String, Claim<PersonalExport>> exports = new LinkedHashMap<>();
  private final Map<String, Claim<PersonalErasure>> erasedCollections = new LinkedHashMap<>();
  private final List<PersonalErasure> erasures = new ArrayList<>();
  private final List<CountedFacts> counted = new ArrayList<>();
  private String registering;

  private Routes() {}

  /** The routes of all the features, in their order (which orders help lines and free text). */
  public static Routes of(List<? extends Feature> features) {
    Routes routes = new Routes();
    for (Feature feature : features) {
      String name = feature.getClass().getSimpleName();
      routes.registering = name.isEmpty() ? feature.getClass().getName() : name;
      feature.register(routes);
    }
    routes.registering = null;
    return routes;
  }

  /** Commands of exactly this type (or of its subtypes, for a sealed family) go to the handler. */
  public <C extends Command> Routes command(Class<C> type, CommandHandler<? super C> handler) {
    String what = "The command " + type.getSimpleName();
    commands.forEach(
        (claimed, claim) -> {
          if (claimed.isAssignableFrom(type) || type.isAssignableFrom(claimed)) {
            throw new DuplicateRouteException(what, claim.feature(), registering);
          }
        });
    claim(commands, type, handler, what);
    return this;
  }

  /**
   * A {@code /trellis} sub-command the feature reads itself; a word of the common grammar ({@code
   * pause}, {@code buddy}, …) cannot be claimed.
   */
  public Routes word(CommandWord word) {
    if (CommandGrammar.startsWithCommandWord(word.word())) {
      throw new DuplicateRouteException(
          "The command word " + word.word(), "the common grammar", String.valueOf(registering));
    }
    claim(words, word.word(), word, "The command word " + word.word());
    return this;
  }

  /** Presses of the buttons whose action id starts with {@code namespace.} go to the handler. */
  public Routes buttons(String namespace, ButtonHandler handler) {
    if (!NAMESPACE.matcher(namespace).matches()) {
      throw new IllegalArgumentException("Not a button namespace: '" + namespace + "'");
    }
    claim(buttons, namespace, handler, "The button namespace " + namespace + ".");
    return this;
  }

  /** Submissions of the form with this submit action go to the handler. */
  public Routes form(ActionId submitAction, FormHandler handler) {
    claim(forms, submitAction, handler, "The form " + submitAction);
    return this;
  }

  /** Free text, when no command word starts it, is offered to the handler. */
  public Routes freeText(FreeTextHandler handler) {
    requireRegistering();
    freeText.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Lines of the common help, written as typed on Slack. */
  public Routes helpLines(String... lines) {
    requireRegistering();
    helpLines.addAll(List.of(lines));
    return this;
  }

  /** A help topic of its own ({@code help buddies}), also shown after the common lines. */
  public Routes helpTopic(HelpTopic topic) {
    claim(helpTopics, topic.prefix(), topic, "The help topic " + topic.prefix());
    return this;
  }

  /** The feature's lines on the home view; {@code place} orders sections, smaller first. */
  public Routes home(int place, HomeSection section) {
    requireRegistering();
    home.add(new Placed(place, Objects.requireNonNull(section, "section")));
    return this;
  }

  /** The steps of the handler's kind, which the feature plans, go to the handler when due. */
  public Routes steps(StepHandler handler) {
    claim(steps, handler.kind(), handler, "The step kind " + handler.kind());
    return this;
  }

  /**
   * The steps the feature plans: planning asks the source for them in each window. Its kinds and
   * key prefixes are the feature's own.
   */
  public Routes plans(StepSource source) {
    requireRegistering();
    for (StepKind kind : source.kinds()) {
      claim(plannedKinds, kind, source, "Planning the step kind " + kind);
    }
    for (String prefix : source.keyPrefixes()) {
      claim(keyPrefixes, prefix, source, "The step key prefix " + prefix);
    }
    stepSources.add(source);
    return this;
  }

  /** An index the feature's store needs. */
  public Routes index(IndexSpec index) {
    String key = index.collection() + "." + index.name();
    claim(indexes, key, index, "The index " + key);
    return this;
  }

  /** A section of a person's export; its key is the feature's own. */
  public Routes exports(PersonalExport export) {
    claim(exports, export.section(), export, "The export section " + export.section());
    return this;
  }

  /** How the feature forgets a person; each collection it names is erased by it alone. */
  public Routes erases(PersonalErasure erasure) {
    requireRegistering();
    for (String collection : erasure.collections()) {
      claim(erasedCollections, collection, erasure, "Erasing the collection " + collection);
    }
    erasures.add(erasure);
    return this;
  }

  /** What the feature adds to HR analytics. */
  public Routes counts(CountedFacts facts) {
    requireRegistering();
    counted.add(Objects.requireNonNull(facts, "facts"));
    return this;
  }

  /** Runs the command with the handler registered for its type; empty when none is. */
  @SuppressWarnings("unchecked")
  public Optional<Response> run(Command command, Asked asked) {
    Class<?> type = command.getClass();
    Claim<CommandHandler<?>> claim = commands.get(type);
    for (Class<?> family : type.getInterfaces()) {
      claim = claim != null ? claim : commands.get(family);
    }
    return Optional.ofNullable(claim)
        .map(c -> ((CommandHandler<Command>) c.handler()).run(command, asked));
  }

  /** The sub-command a feature registered for this word (in lower case). */
  public Optional<CommandWord> word(String word) {
    return Optional.ofNullable(words.get(word)).map(Claim::handler);
  }

  public Optional<ButtonHandler> button(ActionId action) {
    String value = action.value();
    int dot = value.indexOf('.');
    return Optional.ofNullable(buttons.get(dot < 0 ? value : value.substring(0, dot)))
        .map(Claim::handler);
  }

  public Optional<FormHandler> form(ActionId submitAction) {
    return Optional.ofNullable(forms.get(submitAction)).map(Claim::handler);
  }

  public List<FreeTextHandler> freeText() {
    return List.copyOf(freeText);
  }

  public List<String> helpLines() {
    return List.copyOf(helpLines);
  }

  public List<HelpTopic> helpTopics() {
    return helpTopics.values().stream().map(Claim::handler).toList();
  }

  /** The home sections, in their places. */
  public List<HomeSection> home() {
    return home.stream()
        .sorted(Comparator.comparingInt(Placed::place))
        .map(Placed::section)
        .toList();
  }

  public List<StepHandler> stepHandlers() {
    return steps.values().stream().map(Claim::handler).toList();
  }

  /** What the features plan, in their order. */
  public List<StepSource> stepSources() {
    return List.copyOf(stepSources);
  }

  /** The kinds some feature plans. */
  public List<StepKind> plannedKinds() {
    return List.copyOf(plannedKinds.keySet());
  }

  public List<IndexSpec> indexes() {
    return indexes.values().stream().map(Claim::handler).toList();
  }

  /** The export's sections, in the features' order. */
  public List<PersonalExport> exports() {
    return exports.values().stream().map(Claim::handler).toList();
  }

  public List<PersonalErasure> erasures() {
    return List.copyOf(erasures);
  }

  /** What the features add to HR analytics, in their order. */
  public List<CountedFacts> counted() {
    return List.copyOf(counted);
  }

  /** The collections some feature erases a person from. */
  public java.util.Set<String> erasedCollections() {
    return java.util.Set.copyOf(erasedCollections.keySet());
  }

  private <K, T> void claim(Map<K, Claim<T>> claims, K key, T handler, String what) {
    requireRegistering();
    Objects.requireNonNull(handler, "handler");
    Claim<T> earlier = claims.putIfAbsent(key, new Claim<>(registering, handler));
    if (earlier != null) {
      throw new DuplicateRouteException(what, earlier.feature(), registering);
    }
  }

  private void requireRegistering() {
    if (registering == null) {
      throw new IllegalStateException("Routes are registered only from Feature.register");
    }
  }
}

package dev.trellis.core.message;

import dev.trellis.core.directory.Person;
import dev.trellis.core.org.Org;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a person is reached. A person can have an id on both platforms; {@link #inOrder} says which
 * platform their messages try first and which next.
 */
public final class Recipients {

  private Recipients() {}

  /** The person's address on one platform, if they have one there. */
  public static Optional<Recipient> on(Person person, Platform platform) {
    Optional<String> address =
        platform == Platform.SLACK ? person.slackUserId() : person.teamsAadObjectId();
    return address.map(a -> new Recipient(person.orgId(), person.id(), platform, a));
  }

  /**
   * An address of the person (Slack's when they have both), empty when the bot cannot reach them at
   * all. The outbox chooses the platform again when it sends: see {@link #inOrder}.
   */
  public static Optional<Recipient> of(Person person) {
    return on(person, Platform.SLACK).or(() -> on(person, Platform.TEAMS));
  }

  /**
   * The person's addresses, the platform to try first ahead of the other: the one they chose; else
   * the one they last used Trellis on; else their org's, when the org is on one platform only (only
   * a Slack team or only a Teams tenant) or this service is connected to one platform only; else
   * Slack. A platform they have no id on is left out.
   */
  public static List<Recipient> inOrder(
      Person person,
      Optional<Platform> chosen,
      Optional<Platform> lastUsed,
      Optional<Org> org,
      Set<Platform> connected) {
    Platform first =
        chosen.or(() -> lastUsed).or(() -> orgPlatform(org, connected)).orElse(Platform.SLACK);
    List<Recipient> ordered = new ArrayList<>(2);
    on(person, first).ifPresent(ordered::add);
    on(person, other(first)).ifPresent(ordered::add);
    return ordered;
  }

  /** The one platform the org is on, or else the one this service is connected to. */
  private static Optional<Platform> orgPlatform(Optional<Org> org, Set<Platform> connected) {
    boolean slack = org.flatMap(Org::slackTeamId).isPresent();
    boolean teams = org.flatMap(Org::teamsTenantId).isPresent();
    if (slack != teams) {
      return Optional.of(slack ? Platform.SLACK : Platform.TEAMS);
    }
    return connected.size() == 1 ? connected.stream().findFirst() : Optional.empty();
  }

  private static Platform other(Platform platform) {
    return platform == Platform.SLACK ? Platform.TEAMS : Platform.SLACK;
  }
}

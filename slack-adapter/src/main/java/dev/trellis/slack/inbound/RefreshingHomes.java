package dev.trellis.slack.inbound;

import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.BlockKitHome;
import dev.trellis.slack.send.SlackHomeTab;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps people's App Home tabs up to date, as a best effort that never fails the request that
 * changed them: a home that cannot be published now (Slack's or Trellis's own views.publish limit,
 * a passing failure) is marked stale, and {@link #refreshStale()}, called by a tick, publishes each
 * stale home once, as it is then, as far as the rate limit allows. Several changes while a home is
 * stale make one refresh.
 *
 * <p>The stale marks live in memory: after a restart a person's home is brought up to date the next
 * time they open it (Slack sends {@code app_home_opened}) or act.
 */
public final class RefreshingHomes {

  private static final Logger log = LoggerFactory.getLogger(RefreshingHomes.class);

  private final People people;
  private final ShowingHome home;
  private final SlackHomeTab homeTab;
  private final Clock clock;
  private final Map<Key, Boolean> stale = new ConcurrentHashMap<>();

  public RefreshingHomes(People people, ShowingHome home, SlackHomeTab homeTab, Clock clock) {
    this.people = people;
    this.home = home;
    this.homeTab = homeTab;
    this.clock = clock;
  }

  private record Key(OrgId orgId, PersonId personId) {}

  /** Publishes the person's home now if Slack takes it, else marks it stale; never throws. */
  public void refresh(OrgId orgId, PersonId personId) {
    Key key = new Key(orgId, personId);
    if (stale.containsKey(key)) {
      return; // the tick refreshes it, once
    }
    if (!publish(key)) {
      stale.put(key, Boolean.TRUE);
    }
  }

  /** Publishes stale homes until Slack takes no more for now; answers how many were published. */
  public int refreshStale() {
    int published = 0;
    Iterator<Key> keys = stale.keySet().iterator();
    while (keys.hasNext()) {
      Key key = keys.next();
      keys.remove();
      if (!publish(key)) {
        stale.put(key, Boolean.TRUE);
        break;
      }
      published++;
    }
    return published;
  }

  /** How many homes wait for a refresh. */
  public int staleCount() {
    return stale.size();
  }

  /** False when the home should be tried again later. */
  private boolean publish(Key key) {
    try {
      Optional<Person> person =
          people.findByIds(key.orgId(), List.of(key.personId())).stream().findFirst();
      if (person.isEmpty() || person.get().slackUserId().isEmpty()) {
        return true;
      }
      Delivery delivery =
          homeTab.publish(
              key.orgId(),
              person.get().slackUserId().get(),
              BlockKitHome.render(home.homeOf(person.get(), clock.instant())));
      if (delivery instanceof Delivery.Failed failed) {
        log.info("Slack refused an App Home: {}", failed.reason());
      }
      return !(delivery instanceof Delivery.RetryLater);
    } catch (RuntimeException e) {
      log.warn(
          "Refreshing an App Home failed ({}); it is tried later", e.getClass().getSimpleName());
      return false;
    }
  }
}

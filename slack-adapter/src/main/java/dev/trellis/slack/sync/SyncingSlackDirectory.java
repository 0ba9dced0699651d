package dev.trellis.slack.sync;

import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.send.SlackCaller;
import dev.trellis.slack.send.SlackMethod;
import dev.trellis.slack.send.SlackOutcome;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links an org's people to their Slack accounts: pages through users.list and gives each person
 * whose email a Slack member has that member's user id. The admin's directory stays the source of
 * who works there and of their name and time zone: members nobody has the email of are reported,
 * not created, and a Slack time zone that differs is counted, not copied (a later CSV import would
 * only set it back). Changes are saved page by page.
 */
public final class SyncingSlackDirectory {

  static final int PAGE_SIZE = 200;
  private static final int MAX_THROTTLED_WAITS = 20;
  private static final int MAX_FAILED_ATTEMPTS = 3;
  private static final Duration MIN_THROTTLE_WAIT = Duration.ofSeconds(1);
  private static final Logger log = LoggerFactory.getLogger(SyncingSlackDirectory.class);

  private final SlackCaller slack;
  private final People people;
  private final Sleeper sleeper;

  public SyncingSlackDirectory(SlackCaller slack, People people, Sleeper sleeper) {
    this.slack = slack;
    this.people = people;
    this.sleeper = sleeper;
  }

  /** Runs one sync of the org's workspace; blocks while Slack asks it to slow down. */
  public SlackSyncReport sync(OrgId orgId) {
    DirectoryLinks links = new DirectoryLinks(people.findAll(orgId));
    SyncTally tally = new SyncTally();
    Optional<String> cursor = Optional.empty();
    Optional<String> stoppedBy = Optional.empty();
    do {
      Page page = fetch(orgId, cursor);
      if (page.stoppedBy().isPresent()) {
        stoppedBy = page.stoppedBy();
        break;
      }
      UsersListResponse response = page.response().orElseThrow();
      List<User> members = response.getMembers() == null ? List.of() : response.getMembers();
      members.forEach(member -> take(member, links, tally));
      List<Person> changed = links.takeChanged();
      if (!changed.isEmpty()) {
        people.saveAll(orgId, changed);
      }
      Optional<String> next = nextCursor(response);
      if (next.isPresent() && next.equals(cursor)) {
        stoppedBy = Optional.of("slack users.list gave the same cursor twice");
        break;
      }
      cursor = next;
    } while (cursor.isPresent());
    SlackSyncReport report = tally.report(links.unlinked(), stoppedBy);
    log.info("Slack directory sync of org {}: {}", orgId, report.summary());
    return report;
  }

  private static void take(User member, DirectoryLinks links, SyncTally tally) {
    tally.seen++;
    SlackUserKind kind = SlackUserKind.of(member);
    if (kind != SlackUserKind.PERSON) {
      tally.skip(kind);
      return;
    }
    Optional<Email> email =
        Optional.ofNullable(member.getProfile()).flatMap(p -> Email.parse(p.getEmail()));
    if (email.isEmpty()) {
      tally.withoutEmail++;
      return;
    }
    Optional<Person> person = links.byEmail(email.get());
    if (person.isEmpty()) {
      tally.notInTrellis.add(new UnmatchedSlackUser(member.getId(), email.get()));
      return;
    }
    tally.count(links.link(person.get(), member.getId()));
    // People set their own time zone in Slack and keep it current when they move or travel.
    Optional<ZoneId> slackZone = zone(member.getTz());
    if (slackZone.filter(z -> !z.equals(person.get().timeZone())).isPresent()) {
      links.moveTo(person.get().id(), slackZone.get());
      tally.timeZonesUpdated++;
    }
  }

  /** One page of users.list, after waiting out throttling and retrying passing failures. */
  private Page fetch(OrgId orgId, Optional<String> cursor) {
    Retries retries = new Retries();
    while (true) {
      SlackOutcome<UsersListResponse> outcome =
          slack.call(
              orgId,
              SlackMethod.USERS_LIST,
              (client, token) ->
                  client.usersList(
                      r -> r.token(token).limit(PAGE_SIZE).cursor(cursor.orElse(null))));
      if (outcome instanceof SlackOutcome.Done<UsersListResponse> done) {
        return new Page(Optional.of(done.response()), Optional.empty());
      }
      Delivery delivery = ((SlackOutcome.NotDone<UsersListResponse>) outcome).delivery();
      if (delivery instanceof Delivery.Failed failed) {
        return Page.stopped(failed.reason());
      }
      Delivery.RetryLater later = (Delivery.RetryLater) delivery;
      Optional<Duration> wait = retries.waitBefore(later);
      if (wait.isEmpty()) {
        return Page.stopped(later.reason());
      }
      try {
        sleeper.sleep(wait.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Page.stopped("interrupted");
      }
    }
  }

  private static Optional<String> nextCursor(UsersListResponse response) {
    if (response.getResponseMetadata() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(response.getResponseMetadata().getNextCursor())
        .filter(c -> !c.isBlank());
  }

  private static Optional<ZoneId> zone(String tz) {
    if (tz == null || tz.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(tz));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * How long to wait before asking for a page again, or empty to give up. Throttling is waited out
   * (Slack's Retry-After, at least a second) many times; other failures are retried twice, after 2
   * and 4 seconds.
   */
  private static final class Retries {
    private int throttledWaits;
    private int failedAttempts;

    Optional<Duration> waitBefore(Delivery.RetryLater later) {
      if (later.throttled()) {
        if (++throttledWaits > MAX_THROTTLED_WAITS) {
          return Optional.empty();
        }
        Duration hint = later.retryAfter();
        return Optional.of(hint.compareTo(MIN_THROTTLE_WAIT) > 0 ? hint : MIN_THROTTLE_WAIT);
      }
      if (++failedAttempts >= MAX_FAILED_ATTEMPTS) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofSeconds(1L << failedAttempts));
    }
  }

  private record Page(Optional<UsersListResponse> response, Optional<String> stoppedBy) {
    static Page stopped(String reason) {
      return new Page(Optional.empty(), Optional.of(reason));
    }
  }
}

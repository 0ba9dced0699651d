package dev.trellis.teams.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.send.ConnectorErrors;
import dev.trellis.teams.send.ConnectorResponse;
import dev.trellis.teams.send.TeamsConnector;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links an org's people to their Teams identities: pages through a team's members ({@code GET
 * {serviceUrl}/v3/conversations/{teamId}/pagedmembers}) and gives each person the AAD object id of
 * the member with their email (or, failing that, their user principal name).
 *
 * <p>It links, it never creates. The admin's directory (the CSV import) stays the source of who
 * works there, their manager and their time zone; the Teams roster has no time zone and no manager,
 * and a person created with a guessed zone would be prompted at the wrong local hours. Members
 * nobody has the email of are reported instead. Guests ({@code userRole} guest or anonymous) and
 * bots are skipped: they are not employees of the org. A person already linked to a different
 * object id is left alone and counted as a conflict. Changes are saved page by page.
 *
 * <p>It never waits: when the connector refuses or throttles a page, the sync stops and says why in
 * its report; running it again starts over and is harmless.
 */
public final class SyncingTeamsRoster {

  /** Teams accepts 50 to 500. */
  static final int PAGE_SIZE = 500;

  private static final Set<String> NOT_EMPLOYEES = Set.of("guest", "anonymous");
  private static final int MAX_PAGES = 1_000;
  private static final Logger log = LoggerFactory.getLogger(SyncingTeamsRoster.class);

  private final TeamsConnector connector;
  private final People people;

  public SyncingTeamsRoster(TeamsConnector connector, People people) {
    this.connector = connector;
    this.people = people;
  }

  /**
   * Runs one sync of a team's members into the org.
   *
   * @param teamConversationId the team's id ({@code 19:…@thread.tacv2}, from channelData.team.id)
   * @param tenantId the org's tenant; not used to judge members (guests are told by their {@code
   *     userRole}: the documented samples' per-member {@code tenantId} is not the tenant's id)
   * @param botId the bot's id ({@code 28:…}), skipped when listed
   */
  public TeamsRosterReport sync(
      OrgId orgId, String serviceUrl, String teamConversationId, String tenantId, String botId) {
    return sync(orgId, serviceUrl, teamConversationId, tenantId, botId, member -> {});
  }

  /** A member of the team who is one of the org's people (linked before or by this sync). */
  public record KnownMember(String userId, String aadObjectId) {}

  /** As {@link #sync}, telling {@code known} of each member who is one of the org's people. */
  public TeamsRosterReport sync(
      OrgId orgId,
      String serviceUrl,
      String teamConversationId,
      String tenantId,
      String botId,
      Consumer<KnownMember> known) {
    Directory directory = new Directory(people.findAll(orgId));
    Tally tally = new Tally();
    Optional<String> continuation = Optional.empty();
    Optional<String> stoppedBy = Optional.empty();
    do {
      if (tally.pages >= MAX_PAGES) {
        stoppedBy = Optional.of("more than " + MAX_PAGES + " pages");
        break;
      }
      String path =
          "/v3/conversations/"
              + TeamsConnector.segment(teamConversationId)
              + "/pagedmembers?pageSize="
              + PAGE_SIZE
              + continuation.map(t -> "&continuationToken=" + query(t)).orElse("");
      ConnectorResponse response;
      try {
        response = connector.get(serviceUrl, path);
      } catch (TeamsConnector.ConnectorUnavailableException e) {
        stoppedBy = Optional.of(e.getMessage());
        break;
      }
      if (!response.isSuccess()) {
        stoppedBy = Optional.of(describe(ConnectorErrors.toDelivery(response)));
        break;
      }
      tally.pages++;
      JsonNode page = TeamsConnector.parse(response.body());
      for (JsonNode member : page.path("members")) {
        take(member, botId, directory, tally).ifPresent(known);
      }
      List<Person> changed = directory.takeChanged();
      if (!changed.isEmpty()) {
        people.saveAll(orgId, changed);
      }
      Optional<String> next =
          Optional.ofNullable(page.path("continuationToken").textValue()).filter(t -> !t.isBlank());
      if (next.isPresent() && next.equals(continuation)) {
        stoppedBy = Optional.of("the connector gave the same continuation token twice");
        break;
      }
      continuation = next;
    } while (continuation.isPresent());
    TeamsRosterReport report = tally.report(stoppedBy);
    log.info("Teams roster sync of org {}: {}", orgId, report.summary());
    return report;
  }

  private static Optional<KnownMember> take(
      JsonNode member, String botId, Directory directory, Tally tally) {
    tally.seen++;
    String id = member.path("id").asText("");
    String role = member.path("userRole").asText("").toLowerCase(Locale.ROOT);
    String objectId = member.path("objectId").asText(member.path("aadObjectId").asText(""));
    if (id.equals(botId)
        || id.startsWith("28:")
        || NOT_EMPLOYEES.contains(role)
        || objectId.isBlank()) {
      tally.guests++;
      return Optional.empty();
    }
    if (directory.byAad.containsKey(objectId)) {
      tally.alreadyLinked++;
      return Optional.of(new KnownMember(id, objectId));
    }
    Optional<Email> email = Email.parse(member.path("email").asText(null));
    Optional<Email> upn = Email.parse(member.path("userPrincipalName").asText(null));
    if (email.isEmpty() && upn.isEmpty()) {
      tally.withoutEmail++;
      return Optional.empty();
    }
    Optional<Person> person =
        email.flatMap(directory::byEmail).or(() -> upn.flatMap(directory::byEmail));
    if (person.isEmpty()) {
      tally.notInTrellis.add(email.or(() -> upn).get().value());
      return Optional.empty();
    }
    if (person.get().teamsAadObjectId().isPresent()) {
      tally.conflicts++;
      return Optional.empty();
    }
    directory.link(person.get(), objectId);
    tally.linked++;
    return Optional.of(new KnownMember(id, objectId));
  }

  private static String describe(Delivery delivery) {
    if (delivery instanceof Delivery.RetryLater later) {
      return later.throttled()
          ? "throttled by Teams, retry after " + later.retryAfter().toSeconds() + "s"
          : later.reason();
    }
    return ((Delivery.Failed) delivery).reason();
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The org's people by email and Teams id, and the links made but not saved yet. */
  private static final class Directory {
    private final Map<Email, Person> byEmail = new HashMap<>();
    private final Map<String, Person> byAad = new HashMap<>();
    private final Map<PersonId, Person> changed = new LinkedHashMap<>();

    Directory(List<Person> everyone) {
      for (Person p : everyone) {
        byEmail.put(p.email(), p);
        p.teamsAadObjectId().ifPresent(aad -> byAad.put(aad, p));
      }
    }

    Optional<Person> byEmail(Email email) {
      return Optional.ofNullable(byEmail.get(email));
    }

    void link(Person p, String aadObjectId) {
      Person linked = p.withTeamsAadObjectId(Optional.of(aadObjectId));
      byEmail.put(linked.email(), linked);
      byAad.put(aadObjectId, linked);
      changed.put(linked.id(), linked);
    }

    List<Person> takeChanged() {
      List<Person> out = new ArrayList<>(changed.values());
      changed.clear();
      return out;
    }
  }

  private static final class Tally {
    int seen;
    int linked;
    int alreadyLinked;
    int guests;
    int withoutEmail;
    int conflicts;
    int pages;
    final List<String> notInTrellis = new ArrayList<>();

    TeamsRosterReport report(Optional<String> stoppedBy) {
      return new TeamsRosterReport(
          seen,
          linked,
          alreadyLinked,
          guests,
          withoutEmail,
          conflicts,
          notInTrellis,
          pages,
          stoppedBy);
    }
  }
}

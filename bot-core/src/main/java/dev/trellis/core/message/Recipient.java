package dev.trellis.core.message;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who a message goes to: a person of an org, on one platform, at their id there (a Slack user id, a
 * Teams AAD object id).
 *
 * <p>A recipient can also be a small group of people of one org on one platform (see {@link
 * #group}), for a message all of them should read together, such as a buddy pair's group DM. Its
 * address is {@code group:} and the members' addresses, sorted and comma-separated, so that the
 * same people make the same recipient whatever order they were named in; its person is the member
 * with the first address, and stands for the group only where a person id is needed (dedupe keys,
 * logs). An adapter that cannot open group conversations fails such a message; it never means that
 * a member is unreachable.
 */
public record Recipient(OrgId orgId, PersonId personId, Platform platform, String address) {

  /** Prefix of a group recipient's address. */
  public static final String GROUP_PREFIX = "group:";

  /** Fewest people in a group: one person is an ordinary recipient. */
  public static final int MIN_GROUP = 2;

  /** Most people in a group: Slack opens a group DM for at most eight. */
  public static final int MAX_GROUP = 8;

  public Recipient {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(platform, "platform");
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("A recipient needs an address on " + platform);
    }
    if (address.startsWith(GROUP_PREFIX)) {
      checkGroupAddresses(List.of(address.substring(GROUP_PREFIX.length()).split(",", -1)));
    }
  }

  /**
   * One recipient for {@code members} together: 2 to 8 people of the same org on the same platform,
   * at distinct addresses. The order of {@code members} does not matter.
   *
   * @throws IllegalArgumentException when the members cannot make a group
   */
  public static Recipient group(List<Recipient> members) {
    Objects.requireNonNull(members, "members");
    if (members.size() < MIN_GROUP || members.size() > MAX_GROUP) {
      throw new IllegalArgumentException(
          "A group has " + MIN_GROUP + " to " + MAX_GROUP + " members, not " + members.size());
    }
    Recipient first = members.get(0);
    for (Recipient member : members) {
      if (member.isGroup()) {
        throw new IllegalArgumentException("A group's members are people, not groups");
      }
      if (!member.orgId().equals(first.orgId()) || member.platform() != first.platform()) {
        throw new IllegalArgumentException("A group's members share one org and one platform");
      }
    }
    List<Recipient> sorted =
        members.stream().sorted(Comparator.comparing(Recipient::address)).toList();
    List<String> addresses = sorted.stream().map(Recipient::address).toList();
    checkGroupAddresses(addresses);
    return new Recipient(
        first.orgId(),
        sorted.get(0).personId(),
        first.platform(),
        GROUP_PREFIX + String.join(",", addresses));
  }

  /** Whether this recipient is a group of people rather than one person. */
  public boolean isGroup() {
    return address.startsWith(GROUP_PREFIX);
  }

  /**
   * The members' addresses of a group, sorted; empty for one person, so that code can ask without
   * checking {@link #isGroup()} first.
   */
  public List<String> groupAddresses() {
    if (!isGroup()) {
      return List.of();
    }
    return List.of(address.substring(GROUP_PREFIX.length()).split(","));
  }

  /**
   * A group's addresses are 2 to 8, distinct, sorted (one group, one address) and each a plain
   * address: not blank, no comma (it separates them), no surrounding space.
   */
  private static void checkGroupAddresses(List<String> addresses) {
    if (addresses.size() < MIN_GROUP || addresses.size() > MAX_GROUP) {
      throw new IllegalArgumentException(
          "A group has " + MIN_GROUP + " to " + MAX_GROUP + " members, not " + addresses.size());
    }
    String previous = null;
    for (String a : addresses) {
      if (a.isBlank() || a.contains(",") || !a.strip().equals(a)) {
        throw new IllegalArgumentException("A group member's address must be one plain id");
      }
      if (previous != null && a.equals(previous)) {
        throw new IllegalArgumentException("A group names each member once");
      }
      if (previous != null && a.compareTo(previous) < 0) {
        throw new IllegalArgumentException("A group's addresses must be sorted");
      }
      previous = a;
    }
  }
}

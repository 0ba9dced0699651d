package dev.trellis.slack.install;

import dev.trellis.core.org.OrgId;
import dev.trellis.slack.BotTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each org's bot token for a few seconds, so that sending hundreds of messages a second does
 * not read the org and its installation from the database for each one. Only a token found is kept,
 * so a workspace installed a moment ago is sent to at once; one uninstalled is noticed within
 * {@link #KEEP}, or at once where the uninstall arrives or Slack refuses a token ({@link
 * #forgetKept()}).
 */
public final class RecentBotTokens implements BotTokens {

  public static final Duration KEEP = Duration.ofSeconds(5);

  private final BotTokens source;
  private final Clock clock;
  private final Duration keep;
  private final Map<OrgId, Kept> kept = new ConcurrentHashMap<>();

  public RecentBotTokens(BotTokens source, Clock clock, Duration keep) {
    this.source = source;
    this.clock = clock;
    this.keep = keep;
  }

  @Override
  public Optional<String> forOrg(OrgId orgId) {
    Instant now = clock.instant();
    Kept found = kept.get(orgId);
    if (found != null && now.isBefore(found.until())) {
      return Optional.of(found.token());
    }
    Optional<String> token = source.forOrg(orgId);
    token.ifPresentOrElse(
        t -> kept.put(orgId, new Kept(t, now.plus(keep))), () -> kept.remove(orgId));
    return token;
  }

  @Override
  public void forgetKept() {
    kept.clear();
  }

  private record Kept(String token, Instant until) {}
}

package dev.trellis.teams.inbound;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that an activity really comes from the Bot Framework: the SDK validates the JWT of the
 * {@code Authorization} header (signature against the Bot Framework's published keys, issuer {@code
 * https://api.botframework.com}, audience = our app id, lifetime, the {@code msteams} endorsement,
 * and the {@code serviceurl} claim equal to the activity's service URL).
 *
 * <p>Without an app id (local testing with the Bot Framework Emulator or a hand-made POST), every
 * activity is accepted without a token; {@link #isOpen()} says so, for a start-up warning.
 */
public final class TeamsAuthentication {

  private static final Logger log = LoggerFactory.getLogger(TeamsAuthentication.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String appId;
  private final CredentialProvider credentials;
  private final ChannelProvider channel;

  /** Blank {@code appId}: no authentication (local testing only). */
  public TeamsAuthentication(String appId, String appPassword) {
    this.appId = appId == null ? "" : appId.strip();
    this.credentials =
        new SimpleCredentialProvider(this.appId, appPassword == null ? "" : appPassword);
    this.channel = new SimpleChannelProvider(); // public Azure
  }

  /** Whether activities are accepted without a token, because no app id is configured. */
  public boolean isOpen() {
    return appId.isEmpty();
  }

  /** Whether the activity may be handled; never throws for a bad or missing token. */
  public boolean isAuthentic(String authorizationHeader, Activity activity) {
    if (isOpen()) {
      return true;
    }
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      log.info("Refused a Teams activity without an Authorization header");
      return false;
    }
    try {
      JwtTokenValidation.authenticateRequest(
              activity,
              authorizationHeader,
              credentials,
              channel,
              new AuthenticationConfiguration())
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      log.info(
          "Refused a Teams activity: its token did not validate ({}: {})",
          cause.getClass().getSimpleName(),
          cause.getMessage());
      return false;
    }
  }
}

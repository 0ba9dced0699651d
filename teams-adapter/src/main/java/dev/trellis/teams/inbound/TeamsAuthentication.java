package dev.trellis.teams.inbound;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import dev.trellis.teams.TeamsProperties;
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
 * <p>Without an app id nothing can be checked, so every activity is refused ({@link Mode#CLOSED})
 * unless the operator switched local testing on ({@link Mode#LOCAL_TESTING}, for the Bot Framework
 * Emulator): then an activity is taken without a token, but only when its {@code serviceUrl} is on
 * this machine, so nothing Trellis sends in answer can leave it.
 */
public final class TeamsAuthentication {

  private static final Logger log = LoggerFactory.getLogger(TeamsAuthentication.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** How activities are checked. */
  public enum Mode {
    /** A Bot Framework token for the app id (an app id is configured). */
    TOKEN,
    /**
     * No app id, and local testing switched on: no token, but the activity's {@code serviceUrl}
     * must be on this machine (and the web layer takes requests from this machine only).
     */
    LOCAL_TESTING,
    /** No app id and no local testing: every activity is refused. */
    CLOSED
  }

  private final Mode mode;
  private final CredentialProvider credentials;
  private final ChannelProvider channel;

  /**
   * The check the Teams settings ask for, with a warning in the log when it is not a token check,
   * or when local testing is asked for but ignored.
   */
  public static TeamsAuthentication of(TeamsProperties properties) {
    TeamsAuthentication authentication =
        new TeamsAuthentication(
            properties.appId(), properties.appPassword(), properties.localTesting());
    switch (authentication.mode()) {
      case CLOSED ->
          log.warn(
              "Teams: MICROSOFT_APP_ID is not set, so requests to /api/messages cannot be"
                  + " authenticated and every one is refused (401). Set MICROSOFT_APP_ID and"
                  + " MICROSOFT_APP_PASSWORD to connect Teams, or TRELLIS_TEAMS_LOCAL_TESTING=true"
                  + " to try Trellis with the Bot Framework Emulator on this machine.");
      case LOCAL_TESTING ->
          log.warn(
              "!!! Teams LOCAL TESTING IS ON (TRELLIS_TEAMS_LOCAL_TESTING=true, no"
                  + " MICROSOFT_APP_ID): /api/messages takes UNAUTHENTICATED activities from this"
                  + " machine whose serviceUrl is on this machine, so any process on this host can"
                  + " act as any person. Use it only for the Bot Framework Emulator on a"
                  + " single-user machine, never on a shared or exposed host !!!");
      case TOKEN -> {
        if (properties.localTesting()) {
          log.warn(
              "Teams: TRELLIS_TEAMS_LOCAL_TESTING is ignored because MICROSOFT_APP_ID is set:"
                  + " every request to /api/messages needs a Bot Framework token.");
        }
      }
    }
    return authentication;
  }

  /**
   * {@code localTesting} matters only with a blank {@code appId}: with an app id every activity
   * needs its token.
   */
  public TeamsAuthentication(String appId, String appPassword, boolean localTesting) {
    String id = appId == null ? "" : appId.strip();
    this.mode = !id.isEmpty() ? Mode.TOKEN : localTesting ? Mode.LOCAL_TESTING : Mode.CLOSED;
    this.credentials = new SimpleCredentialProvider(id, appPassword == null ? "" : appPassword);
    this.channel = new SimpleChannelProvider(); // public Azure
  }

  public Mode mode() {
    return mode;
  }

  /** Whether the activity may be handled; never throws for a bad or missing token. */
  public boolean isAuthentic(String authorizationHeader, Activity activity) {
    if (mode == Mode.CLOSED) {
      return false;
    }
    if (mode == Mode.LOCAL_TESTING) {
      if (!LoopbackServiceUrl.isOnThisMachine(activity.getServiceUrl())) {
        log.warn(
            "Refused a Teams activity in local testing: its serviceUrl is not on this machine,"
                + " so answers would leave it");
        return false;
      }
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

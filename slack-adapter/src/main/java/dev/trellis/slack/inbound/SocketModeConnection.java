package dev.trellis.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The Socket Mode connection to Slack, when an app token (xapp-…) is set: Slack sends events,
 * commands and actions over it, so no public URL is needed. Opened once the service is up (it calls
 * Slack), closed when it stops; the SDK reconnects by itself when the connection drops.
 */
public final class SocketModeConnection implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

  private final String appToken;
  private final App app;
  private volatile SocketModeApp socketMode;

  public SocketModeConnection(String appToken, App app) {
    this.appToken = appToken;
    this.app = app;
  }

  @Override
  public void start() {
    if (appToken == null || appToken.isBlank()) {
      return;
    }
    try {
      socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
      socketMode.startAsync();
      log.info("Slack: Socket Mode connected");
    } catch (Exception e) {
      log.error(
          "Slack: could not open the Socket Mode connection ({}). Check SLACK_APP_TOKEN (an xapp-"
              + " token with connections:write) and restart.",
          e.getClass().getSimpleName());
    }
  }

  @Override
  public void stop() {
    SocketModeApp open = socketMode;
    socketMode = null;
    if (open != null) {
      // SocketModeApp#close only disconnects: the client's own threads (a message processor
      // polling every 10 ms and a session monitor) run on until the client itself is closed.
      SocketModeClient client = open.getClient();
      try {
        open.close();
      } catch (Exception e) {
        log.warn("Slack: closing Socket Mode failed ({})", e.getClass().getSimpleName());
      }
      if (client != null) {
        try {
          client.close();
        } catch (Exception e) {
          log.warn(
              "Slack: closing the Socket Mode client failed ({})", e.getClass().getSimpleName());
        }
      }
    }
  }

  @Override
  public boolean isRunning() {
    return socketMode != null;
  }
}

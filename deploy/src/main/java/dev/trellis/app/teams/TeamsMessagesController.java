package dev.trellis.app.teams;

import dev.trellis.teams.inbound.TeamsActivities;
import dev.trellis.teams.inbound.TeamsAnswer;
import dev.trellis.teams.inbound.TeamsAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework's messaging endpoint. The body is read raw and handed to the Teams adapter,
 * which checks the token, stores the activity and answers. Without an app id nothing can be
 * checked: every request gets 401, unless local testing is switched on (the Bot Framework
 * Emulator); then only requests from this machine are taken.
 */
@RestController
class TeamsMessagesController {

  private static final int MAX_BODY = 1_000_000;

  private final ObjectProvider<TeamsActivities> teams;
  private final TeamsAccess access;

  TeamsMessagesController(ObjectProvider<TeamsActivities> teams, TeamsAccess access) {
    this.teams = teams;
    this.access = access;
  }

  @PostMapping("/api/messages")
  ResponseEntity<String> messages(HttpServletRequest request) throws Exception {
    TeamsActivities activities = teams.getIfAvailable();
    if (activities == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Teams is not connected");
    }
    if (access.mode() == TeamsAuthentication.Mode.CLOSED
        || (access.mode() == TeamsAuthentication.Mode.LOCAL_TESTING && !fromThisMachine(request))) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
    }
    TeamsAnswer answer =
        activities.receive(
            request.getHeader(HttpHeaders.AUTHORIZATION), new String(body, StandardCharsets.UTF_8));
    ResponseEntity.BodyBuilder reply = ResponseEntity.status(answer.status());
    return answer.body().isPresent()
        ? reply.contentType(MediaType.APPLICATION_JSON).body(answer.body().get())
        : reply.build();
  }

  /** From this machine, and not relayed by a proxy on it (which would bring the internet in). */
  private static boolean fromThisMachine(HttpServletRequest request) throws Exception {
    return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
        && request.getHeader("X-Forwarded-For") == null
        && request.getHeader("Forwarded") == null
        && request.getHeader("X-Real-IP") == null;
  }

  /**
   * How requests are checked: all refused without an app id ({@code CLOSED}), only from this
   * machine in local testing, else by their token.
   */
  record TeamsAccess(TeamsAuthentication.Mode mode) {}
}

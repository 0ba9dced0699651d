package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trellis.teams.inbound.ReplyTo;
import dev.trellis.teams.inbound.TeamsMemberEmails;
import java.io.IOException;
import java.util.Optional;

/**
 * A member's email, or their user principal name when the tenant shows no email, from {@code GET
 * /v3/conversations/{id}/members/{userId}}. A passing failure is thrown, so the install is handled
 * again later; a member the connector does not know has none.
 */
public final class ConnectorMemberEmails implements TeamsMemberEmails {

  private final TeamsConnector connector;

  public ConnectorMemberEmails(TeamsConnector connector) {
    this.connector = connector;
  }

  @Override
  public Optional<String> emailOf(ReplyTo where, String userId) throws Exception {
    ConnectorResponse response =
        connector.get(
            where.serviceUrl(),
            "/v3/conversations/"
                + TeamsConnector.segment(where.conversationId())
                + "/members/"
                + TeamsConnector.segment(userId));
    if (response.status() == 429 || response.status() >= 500) {
      throw new IOException("Teams did not give the member now: HTTP " + response.status());
    }
    if (!response.isSuccess()) {
      return Optional.empty();
    }
    JsonNode member = TeamsConnector.parse(response.body());
    return text(member, "email").or(() -> text(member, "userPrincipalName"));
  }

  private static Optional<String> text(JsonNode member, String field) {
    return Optional.of(member.path(field).asText("")).filter(s -> !s.isBlank());
  }
}

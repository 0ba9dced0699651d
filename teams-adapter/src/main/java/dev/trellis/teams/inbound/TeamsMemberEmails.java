package dev.trellis.teams.inbound;

import java.util.Optional;

/**
 * A member's email (or user principal name) as the connector tells it ({@code GET
 * /v3/conversations/{id}/members/{userId}}), to link someone Trellis knows by email but not yet by
 * their Teams identity. The integrator implements it with the Teams sender's connector client.
 */
public interface TeamsMemberEmails {

  /** No lookup: people are linked by AAD object id only. */
  TeamsMemberEmails NONE = (where, userId) -> Optional.empty();

  Optional<String> emailOf(ReplyTo where, String userId) throws Exception;
}

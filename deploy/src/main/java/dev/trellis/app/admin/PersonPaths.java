package dev.trellis.app.admin;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.org.OrgId;
import org.springframework.http.HttpStatus;

/**
 * Reads the person (by email) of an admin URL, answering 400 for something that is not an email
 * address and 404 for a person the org does not have.
 */
final class PersonPaths {

  private PersonPaths() {}

  static Person existing(People people, OrgId orgId, String text) {
    Email email =
        Email.parse(text)
            .orElseThrow(
                () ->
                    new AdminApiException(
                        HttpStatus.BAD_REQUEST,
                        "'" + text + "' is not an email address: people are named by email"));
    return people
        .findByEmail(orgId, email)
        .orElseThrow(
            () ->
                new AdminApiException(
                    HttpStatus.NOT_FOUND,
                    "There is no "
                        + email
                        + " in org '"
                        + orgId
                        + "'. Import them with POST /api/admin/orgs/"
                        + orgId
                        + "/people"));
  }
}

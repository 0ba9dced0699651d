package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trellis.core.directory.Person;

/**
 * Takes a person's answer to a file consent card ({@code fileConsent/invoke}): uploads the file on
 * accept, drops it on decline. Answered before the invoke is: the file is small.
 */
@FunctionalInterface
public interface FileConsentAnswers {

  /** Sends no files: an answer to a consent card changes nothing. */
  FileConsentAnswers NONE = (person, aadObjectId, value) -> {};

  /** {@code value}: the invoke's value ({@code action}, {@code context}, {@code uploadInfo}). */
  void answer(Person person, String aadObjectId, JsonNode value);
}

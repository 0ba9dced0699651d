package dev.trellis.core.feature;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;

/** Takes the submissions of one form, named by its submit action. */
@FunctionalInterface
public interface FormHandler {

  Response submit(Person person, FormSubmission form);
}

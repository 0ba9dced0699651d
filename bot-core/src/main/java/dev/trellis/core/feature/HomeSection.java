package dev.trellis.core.feature;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Field;
import java.time.Instant;
import java.util.List;

/** A feature's lines on a person's home view (Slack's App Home). */
@FunctionalInterface
public interface HomeSection {

  List<Field> fields(Person person, Instant now);
}

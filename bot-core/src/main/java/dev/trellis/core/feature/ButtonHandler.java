package dev.trellis.core.feature;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;

/** Answers the presses of the buttons of one namespace ({@code reflection.}, {@code buddy.}). */
@FunctionalInterface
public interface ButtonHandler {

  Response press(Person person, ButtonPress press);
}

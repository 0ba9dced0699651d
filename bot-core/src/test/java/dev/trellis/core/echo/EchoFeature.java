package dev.trellis.core.echo;

import dev.trellis.core.command.FeatureCommand;
import dev.trellis.core.feature.CommandWord;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import java.util.List;
import java.util.Optional;

/**
 * The smallest feature, as the README shows it: a command ({@code /trellis echo <words>}), a
 * button, a form, a help line and a home line, all registered here and nowhere else.
 */
public final class EchoFeature implements Feature {

  static final ActionId AGAIN = new ActionId("echo.again");
  static final ActionId SUBMIT = new ActionId("echo.submit");
  static final String WORDS_INPUT = "words";

  /** {@code echo <words>}. */
  record Echo(String words) implements FeatureCommand {}

  @Override
  public void register(Routes routes) {
    routes
        .word(
            new CommandWord(
                "echo",
                "echo <words>",
                rest ->
                    rest.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Echo(String.join(" ", rest)))))
        .command(
            Echo.class,
            (echo, asked) ->
                new Response.Reply(
                    OutboundMessage.builder(echo.words())
                        .button(Button.of(AGAIN.value(), "Again", echo.words()))
                        .build(),
                    false))
        .buttons("echo", (person, press) -> Response.replace(press.value() + " " + press.value()))
        .form(SUBMIT, (person, form) -> Response.say(form.value(WORDS_INPUT).orElse("(nothing)")))
        .helpLines("/trellis echo <words>  says your words back")
        .home(50, (person, now) -> List.of(new Field("Echo", "Try /trellis echo hello")));
  }
}

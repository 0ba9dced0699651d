package dev.trellis.core.conversation;

import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.HomeSection;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;

/**
 * A person's Trellis at a glance, for Slack's App Home (and any platform's "home" view): the
 * sections the features registered, in their places (their next 1:1, the question waiting for an
 * answer, their settings, their career buddy, their career map).
 */
public final class ShowingHome {

  private final Routes routes;

  public ShowingHome(Routes routes) {
    this.routes = routes;
  }

  public OutboundMessage homeOf(Person person, Instant now) {
    OutboundMessage.Builder home =
        OutboundMessage.builder(
                "Your career conversations, one small step a week. Answer questions here in the"
                    + " Messages tab; what you write stays private unless you share it.")
            .header("Trellis");
    for (HomeSection section : routes.home()) {
      section.fields(person, now).forEach(f -> home.field(f.label(), f.value()));
    }
    return home.context("Type /trellis help or /buddy help for everything you can do.").build();
  }
}

package dev.trellis.core.inbox;

import java.util.function.Supplier;

/**
 * The shape every handler follows so that a request's work is done once: the answer is kept with
 * the request ({@link Inbox#workDone}) before anything is delivered, and a request tried again only
 * delivers what was kept. An answer delivered in parts keeps what is left after each part, so a
 * retry does not deliver a part twice.
 */
public final class KeptAnswers {

  private final Inbox inbox;

  public KeptAnswers(Inbox inbox) {
    this.inbox = inbox;
  }

  /**
   * What is left to deliver: the answer kept with the request when its work was done before, else
   * what {@code work} answers, kept before it is returned.
   */
  public String answer(InboundRequest request, Supplier<String> work) {
    if (request.answer().isPresent()) {
      return request.answer().get();
    }
    String answer = work.get();
    inbox.workDone(request, answer);
    return answer;
  }

  /** Part of the answer was delivered; {@code left} is what a retry still has to deliver. */
  public void keepLeft(InboundRequest request, String left) {
    inbox.workDone(request, left);
  }
}

package dev.trellis.app.demo;

import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored Teams 1:1 conversations, where storing a person's conversation (they installed Trellis
 * or wrote to it) tells the {@link DemoGreeting}, a moment later: after Trellis's own welcome or
 * answer has gone out, so the chat reads in order. A failure there is logged and never spoils the
 * install or the answer to what the person wrote.
 */
final class FirstContactConversations implements TeamsConversations {

  private static final Logger log = LoggerFactory.getLogger(FirstContactConversations.class);

  private final TeamsConversations stored;
  private final Supplier<DemoGreeting> greeting;
  private final Executor later;

  FirstContactConversations(
      TeamsConversations stored, Supplier<DemoGreeting> greeting, Executor later) {
    this.stored = stored;
    this.greeting = greeting;
    this.later = later;
  }

  @Override
  public void save(TeamsConversation conversation) {
    stored.save(conversation);
    later.execute(
        () -> {
          try {
            greeting.get().firstContact(conversation.orgId(), conversation.aadObjectId());
          } catch (RuntimeException e) {
            log.warn("Demo: the first prompt or agenda could not be queued", e);
          }
        });
  }

  @Override
  public Optional<TeamsConversation> find(OrgId orgId, String aadObjectId) {
    return stored.find(orgId, aadObjectId);
  }

  @Override
  public void forget(OrgId orgId, String aadObjectId) {
    stored.forget(orgId, aadObjectId);
  }
}

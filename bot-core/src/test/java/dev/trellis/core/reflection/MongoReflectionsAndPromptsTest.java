package dev.trellis.core.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoPrompts;
import dev.trellis.core.infra.mongo.MongoReflections;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoReflectionsAndPromptsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");
  static final PersonId ALICE = new PersonId("alice");
  static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");

  MongoPrompts prompts;
  MongoReflections reflections;

  @BeforeEach
  void given() {
    prompts = new MongoPrompts(mongo.db());
    reflections = new MongoReflections(mongo.db(), new AesGcmTextCipher(new byte[32]));
  }

  @Test
  void aPromptIsClosedOnceWhateverHappensNext() {
    Prompt prompt = aPrompt(ACME, "p1", NOW);
    prompts.save(prompt);

    assertThat(prompts.close(ACME, prompt.id(), Prompt.State.SKIPPED)).isTrue();
    assertThat(prompts.close(ACME, prompt.id(), Prompt.State.SKIPPED)).isFalse();
    assertThat(prompts.close(ACME, prompt.id(), Prompt.State.ANSWERED)).isFalse();
    assertThat(prompts.findById(ACME, prompt.id()).orElseThrow().state())
        .isEqualTo(Prompt.State.SKIPPED);
  }

  @Test
  void theLatestPromptIsWhatAReplyAnswersAndOrgsNeverMix() {
    prompts.save(aPrompt(ACME, "p1", NOW));
    prompts.save(aPrompt(ACME, "p2", NOW.plusSeconds(60)));

    assertThat(prompts.latest(ACME, ALICE)).hasValue(new PromptId("p2"));
    assertThat(prompts.latest(GLOBEX, ALICE)).isEmpty();
    assertThat(prompts.findById(GLOBEX, new PromptId("p1"))).isEmpty();
  }

  @Test
  void answersAreStoredEncryptedAndReadBackInTheClearByTheirOwnerOnly() {
    Reflection answer = anAnswer("p1", "I would love to mentor new joiners", NOW);
    reflections.save(answer);

    assertThat(reflections.findByPrompt(ACME, new PromptId("p1"))).hasValue(answer);
    assertThat(reflections.findByPrompt(GLOBEX, new PromptId("p1"))).isEmpty();
    assertThat(mongo.db().getCollection("reflections").find().first().toJson())
        .doesNotContain("mentor");
  }

  @Test
  void historyIsNewestFirstAndSharedSinceOnlyWhatWasShared() {
    reflections.save(anAnswer("p1", "first", NOW));
    reflections.save(anAnswer("p2", "second", NOW.plusSeconds(60)).shared(NOW.plusSeconds(120)));
    reflections.save(anAnswer("p3", "third", NOW.plusSeconds(180)));

    assertThat(reflections.history(ACME, ALICE, 10))
        .extracting(Reflection::answer)
        .containsExactly("third", "second", "first");
    assertThat(reflections.history(ACME, ALICE, 2)).hasSize(2);
    assertThat(reflections.sharedSince(ACME, ALICE, NOW))
        .extracting(Reflection::answer)
        .containsExactly("second");
    assertThat(reflections.sharedSince(ACME, ALICE, NOW.plusSeconds(121))).isEmpty();
  }

  private static Prompt aPrompt(OrgId org, String id, Instant sentAt) {
    return new Prompt(
        new PromptId(id),
        org,
        ALICE,
        PromptKind.REFLECTION,
        Optional.of("builtin:learning.1"),
        "What do you want to learn next?",
        sentAt,
        sentAt.plus(Duration.ofDays(7)),
        Prompt.State.OPEN);
  }

  private static Reflection anAnswer(String promptId, String text, Instant at) {
    return new Reflection(
        new ReflectionId(promptId),
        ACME,
        ALICE,
        new PromptId(promptId),
        PromptKind.REFLECTION,
        "What do you want to learn next?",
        text,
        Optional.empty(),
        at,
        Optional.empty(),
        Optional.empty());
  }
}

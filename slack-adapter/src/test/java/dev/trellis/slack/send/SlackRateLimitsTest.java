package dev.trellis.slack.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackRateLimitsTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final OrgId OTHER_ORG = new OrgId("T0G9PQBBK");

  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final SlackRateLimits limits = new SlackRateLimits(clock);

  @Test
  void postsToOneChannelAboutOncePerSecondAfterAShortBurst() {
    for (int i = 0; i < 3; i++) {
      assertThat(post("U1")).isZero();
    }
    assertThat(post("U1")).isEqualTo(Duration.ofSeconds(1));
    assertThat(post("U2")).isZero();

    clock.advance(Duration.ofSeconds(1));
    assertThat(post("U1")).isZero();
    assertThat(post("U1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aClockThatStepsBackDoesNotStallSending() {
    for (int i = 0; i < 20; i++) {
      post("U" + i);
    }
    assertThat(post("U99")).isPositive();

    clock.advance(Duration.ofHours(-1));
    assertThat(post("U99")).isZero();
  }

  @Test
  void postsToManyChannelsKeepToTheWorkspaceLimit() {
    for (int i = 0; i < 20; i++) {
      assertThat(post("U" + i)).isZero();
    }
    assertThat(post("U99")).isEqualTo(Duration.ofMillis(200));
    assertThat(postIn(OTHER_ORG, "U99")).isZero();

    clock.advance(Duration.ofMillis(200));
    assertThat(post("U99")).isZero();
  }

  @Test
  void aCallRefusedForItsChannelTakesNothingFromTheWorkspace() {
    for (int i = 0; i < 3; i++) {
      post("U1");
    }
    for (int i = 0; i < 10; i++) {
      assertThat(post("U1")).isPositive();
    }
    for (int i = 0; i < 17; i++) {
      assertThat(post("U" + (100 + i))).isZero();
    }
    assertThat(post("U200")).isPositive();
  }

  @Test
  void usersListKeepsToTierTwo() {
    for (int i = 0; i < 3; i++) {
      assertThat(limits.tryAcquire(ORG, SlackMethod.USERS_LIST, Optional.empty())).isZero();
    }
    assertThat(limits.tryAcquire(ORG, SlackMethod.USERS_LIST, Optional.empty()))
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void conversationsOpenKeepsToTierThree() {
    for (int i = 0; i < 10; i++) {
      assertThat(limits.tryAcquire(ORG, SlackMethod.CONVERSATIONS_OPEN, Optional.empty())).isZero();
    }
    assertThat(limits.tryAcquire(ORG, SlackMethod.CONVERSATIONS_OPEN, Optional.empty()))
        .isEqualTo(Duration.ofMillis(1200));
  }

  @Test
  void itSaysWhetherTheWorkspaceOrOnlyTheChannelHoldsAPost() {
    for (int i = 0; i < 3; i++) {
      assertThat(post("U1")).isZero();
    }
    SlackRateLimits.Wait channel =
        limits.acquire(ORG, SlackMethod.CHAT_POST_MESSAGE, Optional.of("U1"));
    assertThat(channel.duration()).isPositive();
    assertThat(channel.wholeWorkspace()).isFalse();

    for (int i = 0; i < 17; i++) {
      assertThat(post("U" + (100 + i))).isZero();
    }
    SlackRateLimits.Wait workspace =
        limits.acquire(ORG, SlackMethod.CHAT_POST_MESSAGE, Optional.of("U200"));
    assertThat(workspace.duration()).isPositive();
    assertThat(workspace.wholeWorkspace()).isTrue();
  }

  @Test
  void aPauseHoldsOnlyThatMethodOfThatOrg() {
    assertThat(
            limits.throttled(
                ORG, SlackMethod.VIEWS_PUBLISH, Optional.empty(), clock.instant().plusSeconds(30)))
        .isTrue();

    assertThat(limits.tryAcquire(ORG, SlackMethod.VIEWS_PUBLISH, Optional.empty()))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.tryAcquire(OTHER_ORG, SlackMethod.VIEWS_PUBLISH, Optional.empty())).isZero();
    assertThat(post("U1")).isZero();

    clock.advance(Duration.ofSeconds(30));
    assertThat(limits.tryAcquire(ORG, SlackMethod.VIEWS_PUBLISH, Optional.empty())).isZero();
  }

  @Test
  void aLoneThrottledPostPausesOnlyItsChannel() {
    assertThat(post("U1")).isZero();

    assertThat(throttled("U1", 5)).isFalse();

    assertThat(post("U1")).isEqualTo(Duration.ofSeconds(5));
    assertThat(post("U2")).isZero();
    clock.advance(Duration.ofSeconds(5));
    assertThat(post("U1")).isZero();
  }

  @Test
  void throttledPostsInARowAreTheWorkspacesLimitAndPauseItButATakenCallBetweenResets() {
    for (int i = 1; i < SlackRateLimits.THROTTLED_IN_A_ROW_FOR_WORKSPACE; i++) {
      assertThat(throttled("U" + i, 2)).isFalse();
    }
    limits.taken(ORG, SlackMethod.CHAT_POST_MESSAGE);
    for (int i = 1; i < SlackRateLimits.THROTTLED_IN_A_ROW_FOR_WORKSPACE; i++) {
      assertThat(throttled("V" + i, 2)).isFalse();
    }
    assertThat(post("W1")).isZero();

    assertThat(throttled("V9", 2)).isTrue();

    assertThat(limits.acquire(ORG, SlackMethod.CHAT_POST_MESSAGE, Optional.of("W2")))
        .isEqualTo(new SlackRateLimits.Wait(Duration.ofSeconds(2), true));
    assertThat(postIn(OTHER_ORG, "W2")).isZero();
  }

  @Test
  void aCallSlackDidNotTakeGivesBackWhatItTook() {
    for (int i = 0; i < 3; i++) {
      post("U1");
    }
    assertThat(post("U1")).isPositive();

    limits.giveBack(ORG, SlackMethod.CHAT_POST_MESSAGE, Optional.of("U1"));

    assertThat(post("U1")).isZero();
  }

  private boolean throttled(String channel, int seconds) {
    return limits.throttled(
        ORG,
        SlackMethod.CHAT_POST_MESSAGE,
        Optional.of(channel),
        clock.instant().plusSeconds(seconds));
  }

  private Duration post(String channel) {
    return postIn(ORG, channel);
  }

  private Duration postIn(OrgId org, String channel) {
    return limits.tryAcquire(org, SlackMethod.CHAT_POST_MESSAGE, Optional.of(channel));
  }
}

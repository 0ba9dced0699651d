package dev.trellis.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyTest {

  final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), new SplittableRandom(3));

  @Property
  void theDelayGrowsWithJitterWithinItsBoundsAndNeverUndercutsTheHint(
      @ForAll @IntRange(min = 1, max = 100) int failures,
      @ForAll @LongRange(min = 0, max = 7200) long hintSeconds) {
    Duration hint = Duration.ofSeconds(hintSeconds);
    long ceiling = Math.min(3_600_000L, 10_000L << Math.min(failures - 1, 30));

    Duration delay = policy.delayAfter(failures, hint);

    assertThat(delay).isGreaterThanOrEqualTo(hint);
    assertThat(delay.toMillis()).isGreaterThanOrEqualTo(Math.min(ceiling / 2, ceiling));
    assertThat(delay.toMillis()).isLessThanOrEqualTo(Math.max(ceiling, hint.toMillis()));
  }
}

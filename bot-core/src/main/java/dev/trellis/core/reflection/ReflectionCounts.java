package dev.trellis.core.reflection;

import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What HR analytics counts of reflection, for the person prompted: prompts sent (a snoozed one is
 * sent again as a new prompt, so only that one counts), those answered (on the day sent), and
 * answers shared with the manager (on the day shared). UTC days.
 */
final class ReflectionCounts implements CountedFacts {

  private final Prompts prompts;
  private final Reflections reflections;

  ReflectionCounts(Prompts prompts, Reflections reflections) {
    this.prompts = prompts;
    this.reflections = reflections;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    prompts.eachSentBetween(
        orgId,
        start,
        end,
        prompt -> {
          if (prompt.state() == Prompt.State.SNOOZED) {
            return;
          }
          LocalDate day = LocalDate.ofInstant(prompt.sentAt(), ZoneOffset.UTC);
          tally.add(prompt.personId(), day, Counted.PROMPT_SENT);
          if (prompt.state() == Prompt.State.ANSWERED) {
            tally.add(prompt.personId(), day, Counted.PROMPT_ANSWERED);
          }
        });
    reflections.eachShareBetween(
        orgId,
        start,
        end,
        (owner, share) ->
            tally.add(
                owner,
                LocalDate.ofInstant(share.at(), ZoneOffset.UTC),
                Counted.SHARED_WITH_MANAGER));
  }
}

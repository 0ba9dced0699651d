package dev.trellis.core.erasure;

import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.org.Orgs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention, run daily: in each org whose setting {@code retention.months} is above 0, every
 * feature forgets the texts people wrote more than that many months ago (reflections, takeaways,
 * notes, feedback). What analytics counts stays.
 */
public final class ForgettingOldTexts {

  private static final Logger log = LoggerFactory.getLogger(ForgettingOldTexts.class);

  private final Orgs orgs;
  private final OrgSettingsStore settings;
  private final Supplier<List<PersonalErasure>> erasures;
  private final Clock clock;

  public ForgettingOldTexts(
      Orgs orgs, OrgSettingsStore settings, Supplier<List<PersonalErasure>> erasures, Clock clock) {
    this.orgs = orgs;
    this.settings = settings;
    this.erasures = erasures;
    this.clock = clock;
  }

  /** Answers how many orgs had texts to check; one org failing does not stop the others. */
  public int forgetInEveryOrg() {
    int checked = 0;
    for (Org org : orgs.findAll()) {
      int months = settings.find(org.id()).retention().months();
      if (months <= 0) {
        continue;
      }
      Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
      try {
        for (PersonalErasure erasure : erasures.get()) {
          erasure.forgetTextsBefore(org.id(), cutoff);
        }
        checked++;
      } catch (RuntimeException e) {
        log.error("Retention in org {} failed; tomorrow's run tries again", org.id(), e);
      }
    }
    if (checked > 0) {
      log.info("Retention: texts older than each org's limit forgotten in {} orgs", checked);
    }
    return checked;
  }
}

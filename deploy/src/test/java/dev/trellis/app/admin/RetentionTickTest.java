package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.core.infra.quartz.QuartzTicker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention run is one of the service's daily ticks and runs over orgs that set it. */
class RetentionTickTest extends AdminApiTestBase {

  @Autowired List<QuartzTicker.Tick> ticks;

  @Test
  void retentionIsScheduledDailyAndRunsForAnOrgThatSetIt() {
    admin.createOrg(orgId);
    Answer set =
        admin.putJson("/api/admin/orgs/" + orgId + "/settings", "{\"retention\":{\"months\":6}}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);

    QuartzTicker.Tick retention =
        ticks.stream().filter(t -> t.name().equals("retention")).findFirst().orElseThrow();

    assertThat(retention.interval()).isEqualTo(Duration.ofDays(1));
    retention.task().run();
  }
}

package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole service on a random port, on the embedded MongoDB in memory, with a clock the test sets
 * and scheduled work it runs by hand; the context is closed after the class, so nothing it runs
 * outlives the class's stand-ins. A subclass adds its platform's settings with
 * {@code @TestPropertySource}, whose properties win over these.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.mongodb.embedded=memory",
      "trellis.admin.token=" + RunningServiceTest.ADMIN_TOKEN,
      "trellis.scheduling.enabled=false",
      // Each person's quarterly map prompt falls on a day set by their random id.
      "trellis.goals.quarterly-prompts=false",
      // A weekly digest step for everyone would crowd every schedule the tests read.
      "trellis.opportunities.weekly-digest=false"
    })
@Import({TestClockWiring.class, ScheduledWorkAccess.Wiring.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class RunningServiceTest {

  public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

  @LocalServerPort protected int port;
  @Autowired protected TestClock clock;
  @Autowired protected ScheduledWorkAccess work;
  @Autowired protected MongoDatabase db;

  /** The operator's client of the admin API. */
  protected AdminClient admin;

  @BeforeEach
  protected void connectAsTheOperator() {
    admin = new AdminClient(port, ADMIN_TOKEN);
  }
}

package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.People;
import dev.trellis.core.export.ExportFeature;
import dev.trellis.core.export.ExportFiles;
import dev.trellis.core.export.PersonalDataExport;
import dev.trellis.core.export.StoredExports;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.infra.mongo.MongoStoredExports;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.step.PeopleSettings;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A person's own data: the export every feature writes a section of ({@code my-data}, the admin
 * export), the exports waiting to be delivered, and their one-time links.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

  @Bean
  StoredExports storedExports(MongoDatabase db, TextCipher cipher) {
    return new MongoStoredExports(db, cipher);
  }

  /** Reads the sections from the routes when exporting: the routes are built from the features. */
  @Bean
  PersonalDataExport personalDataExport(ObjectProvider<Routes> routes, Clock clock) {
    return new PersonalDataExport(() -> routes.getObject().exports(), clock);
  }

  @Bean
  ExportFiles exportFiles(
      StoredExports stored,
      Clock clock,
      @Value("${trellis.public-url:}") String publicUrl,
      Environment environment) {
    // Without a public URL: this machine, on the port the server listens on once it runs.
    return new ExportFiles(
        stored,
        () ->
            publicUrl.isBlank()
                ? "http://localhost:"
                    + environment.getProperty(
                        "local.server.port", environment.getProperty("server.port", "8080"))
                : publicUrl,
        clock);
  }

  @Bean
  @Order(FeatureOrder.EXPORT)
  Feature exportFeature(
      People people,
      PeopleSettings settings,
      StoredExports stored,
      Outbox outbox,
      PersonalDataExport export) {
    return new ExportFeature(new ExportFeature.Stores(people, settings, stored, outbox), export);
  }
}

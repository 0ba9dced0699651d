package dev.trellis.app.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import dev.trellis.app.TrellisProperties;
import dev.trellis.core.infra.mongo.MongoSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Connects to MongoDB (external or embedded) and makes sure every index exists before use. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean(destroyMethod = "close")
  TrellisMongo trellisMongo(TrellisProperties properties) {
    TrellisMongo mongo = TrellisMongo.start(properties);
    try {
      MongoSchema.ensureIndexes(mongo.database());
    } catch (MongoException e) {
      mongo.close();
      throw new IllegalStateException(
          "Cannot prepare MongoDB ("
              + mongo.description()
              + "): "
              + e.getMessage()
              + ". Check MONGODB_URI, or unset it to use the embedded database.",
          e);
    }
    return mongo;
  }

  @Bean
  MongoDatabase mongoDatabase(TrellisMongo mongo) {
    return mongo.database();
  }
}

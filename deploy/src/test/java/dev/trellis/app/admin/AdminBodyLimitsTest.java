package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Admin JSON bodies are capped at 64 KB (413 with a problem document beyond, whether the size is
 * announced or the body is chunked), and Tomcat swallows at most 2 MB of a refused request.
 */
class AdminBodyLimitsTest extends AdminApiTestBase {

  @Autowired ServletWebServerApplicationContext context;

  @Test
  void aJsonBodyOver64KbIsRefusedWith413AndNothingIsStored() {
    Answer answer = admin.putOrg(orgId, orgWithNameOf(65 * 1024));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(answer.json().at("/detail").asString()).contains("larger than 64 KB");
    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(404);
  }

  @Test
  void aChunkedJsonBodyOver64KbIsRefusedWith413() {
    byte[] body = orgWithNameOf(100 * 1024).getBytes(StandardCharsets.UTF_8);

    Answer answer =
        admin.send(
            HttpRequest.newBuilder(URI.create(admin.base() + "/api/admin/orgs/" + orgId))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(404);
  }

  @Test
  void aJsonBodyUnder64KbIsReadAndAnsweredOnItsMerits() {
    Answer answer = admin.putOrg(orgId, orgWithNameOf(60 * 1024));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/detail").asString()).contains("name is longer than");
    assertThat(admin.putOrg(orgId, "{\"name\":\"Small\"}").status()).isEqualTo(201);
  }

  @Test
  void tomcatSwallowsAtMost2MbOfARefusedRequest() {
    Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

    assertThat(((AbstractHttp11Protocol<?>) connector.getProtocolHandler()).getMaxSwallowSize())
        .isEqualTo(2 * 1024 * 1024);
  }

  private static String orgWithNameOf(int length) {
    return "{\"name\":\"" + "n".repeat(length) + "\"}";
  }
}

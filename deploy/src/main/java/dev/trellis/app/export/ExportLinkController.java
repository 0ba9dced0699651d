package dev.trellis.app.export;

import dev.trellis.core.export.ExportFiles;
import dev.trellis.core.export.StoredExport;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-time link of a {@code my-data} export, for a platform that cannot take the file: the
 * random token is the only key (no login), works once and for 15 minutes, and is never logged.
 */
@RestController
class ExportLinkController {

  static final String GONE =
      "This export link has expired or was used already. Type my-data to Trellis again for a"
          + " new one.";

  private final ExportFiles files;

  ExportLinkController(ExportFiles files) {
    this.files = files;
  }

  @GetMapping("/exports/{token}")
  ResponseEntity<byte[]> download(@PathVariable String token) {
    Optional<StoredExport> taken = files.take(token);
    if (taken.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
          .body(GONE.getBytes(StandardCharsets.UTF_8));
    }
    String filename =
        "trellis-export-" + taken.get().expiresAt().atZone(ZoneOffset.UTC).toLocalDate() + ".json";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(taken.get().json().getBytes(StandardCharsets.UTF_8));
  }
}

package dev.trellis.app.admin;

import dev.trellis.core.directory.importing.ImportOutcome;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the admin API into an RFC 9457 problem document: a status, a title and a
 * sentence that says what to do. Framework errors (bad JSON, wrong content type) get the same shape
 * from the base class.
 */
@RestControllerAdvice(basePackageClasses = AdminApiErrors.class)
class AdminApiErrors extends ResponseEntityExceptionHandler {

  @ExceptionHandler(AdminApiException.class)
  ResponseEntity<ProblemDetail> adminApiException(AdminApiException e) {
    return ResponseEntity.status(e.status())
        .body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
  }

  static ResponseEntity<ProblemDetail> rejected(ImportOutcome.Rejected rejected) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            (rejected.truncated() ? "More than " : "")
                + rejected.errors().size()
                + (rejected.errors().size() == 1 ? " problem" : " problems")
                + " found; nothing was imported. Fix them and send the whole file again.");
    problem.setTitle("The file was not imported");
    List<Map<String, Object>> errors =
        rejected.errors().stream()
            .map(
                e ->
                    Map.<String, Object>of(
                        "line", e.line(), "column", e.column(), "reason", e.reason()))
            .toList();
    problem.setProperty("errors", errors);
    problem.setProperty("truncated", rejected.truncated());
    return ResponseEntity.unprocessableContent().body(problem);
  }
}

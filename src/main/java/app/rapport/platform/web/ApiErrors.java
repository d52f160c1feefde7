package app.rapport.platform.web;

import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.RefusedFile;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.db.DatabaseFailure;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem document with a message a person
 * can act on. Validation problems name their fields; nothing ever shows a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  static final String BUSY_TITLE = "Rapport is busy";

  static final String BUSY_DETAIL =
      "Rapport is busy saving something large, usually an import, so nothing was changed."
          + " Please try again in a minute.";

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        e.problems().size() == 1
            ? e.problems().get(0).message()
            : "Some fields need attention; see errors.",
        e.problems());
  }

  /** A file that cannot be imported: the problems name their rows instead of fields. */
  @ExceptionHandler(RefusedFile.class)
  ResponseEntity<ProblemDetail> refused(RefusedFile e) {
    ResponseEntity<ProblemDetail> response =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "File refused", e.getMessage(), null);
    ProblemDetail problem = response.getBody();
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                p -> {
                  Map<String, Object> error = new LinkedHashMap<>();
                  if (p.row() != null) {
                    error.put("row", p.row());
                  }
                  error.put("message", p.message());
                  return error;
                })
            .toList());
    if (e.reference() != null) {
      problem.setProperty("importId", e.reference());
    }
    return response;
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ".", null);
  }

  @ExceptionHandler(StaleEdit.class)
  ResponseEntity<ProblemDetail> stale(StaleEdit e) {
    return problem(
        HttpStatus.CONFLICT,
        "Changed since you opened it",
        e.getMessage() + " Fetch it again, re-apply your change, and send the new version.",
        null);
  }

  /** A body that is JSON but does not fit, found while merging a patch. */
  @ExceptionHandler(JacksonException.class)
  ResponseEntity<ProblemDetail> badJson(JacksonException e) {
    String field = path(e);
    String message;
    if (e instanceof InvalidFormatException invalid && isDate(invalid.getTargetType())) {
      message = "Write the date as year-month-day, for example 2019-04-21.";
    } else if (e instanceof InvalidFormatException invalid) {
      message =
          "The value "
              + quote(invalid.getValue())
              + " is not allowed here."
              + allowedValues(invalid.getTargetType());
    } else {
      message = "This field has the wrong kind of value (for example text where a list belongs).";
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        field + ": " + message,
        List.of(new FieldProblem(field, message)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    String allowed = allowedValues(e.getRequiredType());
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        "The parameter '" + e.getName() + "' has a value that is not allowed." + allowed,
        List.of(new FieldProblem(e.getName(), "This value is not allowed." + allowed)));
  }

  /** A query string the server cannot decode, such as a lone {@code %}. */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
    String parameter = undecodableParameter(e);
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        "The parameter '" + parameter + "' is not encoded correctly. " + UNDECODABLE,
        List.of(new FieldProblem(parameter, UNDECODABLE)));
  }

  static final String UNDECODABLE =
      "In a web address a % must be followed by two hexadecimal digits; write %25 for % itself.";

  private static final java.util.regex.Pattern PARAMETER =
      java.util.regex.Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

  /** The parameter Tomcat names in its message, or "query" when it names none. */
  static String undecodableParameter(InvalidParameterException e) {
    java.util.regex.Matcher named = PARAMETER.matcher(String.valueOf(e.getMessage()));
    return named.find() ? named.group(1) : "query";
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseFailure.isBusy(e)) {
      log.warn("API request refused: the database stayed busy ({})", e.getMessage());
      ResponseEntity<ProblemDetail> busy =
          problem(HttpStatus.SERVICE_UNAVAILABLE, BUSY_TITLE, BUSY_DETAIL, null);
      return ResponseEntity.status(busy.getStatusCode())
          .headers(busy.getHeaders())
          .header(HttpHeaders.RETRY_AFTER, "30")
          .body(busy.getBody());
    }
    log.error("API request failed", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "Rapport could not finish this request; nothing was changed. The log has the details.",
        null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException read) {
        String where =
            read.getLocation() == null
                ? ""
                : " (line "
                    + read.getLocation().getLineNr()
                    + ", column "
                    + read.getLocation().getColumnNr()
                    + ")";
        return cast(
            problem(
                HttpStatus.BAD_REQUEST,
                "Malformed request body",
                "The request body is not valid JSON" + where + ".",
                null));
      }
      if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        return cast(badJson(jackson));
      }
    }
    return cast(
        problem(
            HttpStatus.BAD_REQUEST,
            "Malformed request body",
            "The request body is missing or is not valid JSON.",
            null));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      problem.setType(null);
      if (e instanceof org.springframework.web.HttpMediaTypeNotSupportedException) {
        problem.setDetail(SEND_JSON);
      } else if (e instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
        problem.setDetail(ANSWERS_JSON);
      } else if (e
          instanceof org.springframework.web.HttpRequestMethodNotSupportedException unsupported) {
        problem.setDetail(methodNotAllowed(unsupported.getMethod()));
      }
      return ResponseEntity.status(response.getStatusCode())
          .headers(response.getHeaders())
          .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    return response;
  }

  static final String SEND_JSON =
      "Send the body as JSON (Content-Type: application/json), or a file upload as"
          + " multipart/form-data with the file in the field \"file\".";

  static final String ANSWERS_JSON = "The API answers in JSON: accept application/json.";

  static String methodNotAllowed(String method) {
    return "This address does not take " + method + "; the Allow header says what it takes.";
  }

  static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static boolean isDate(Class<?> type) {
    return type != null && java.time.temporal.Temporal.class.isAssignableFrom(type);
  }

  private static String allowedValues(Class<?> type) {
    if (type != null && type.isEnum()) {
      return " Allowed: "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList())
          + ".";
    }
    return "";
  }

  private static String quote(Object value) {
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
    return (ResponseEntity) response;
  }

  static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (errors != null) {
      problem.setProperty(
          "errors",
          errors.stream()
              .map(error -> Map.of("field", error.field(), "message", error.message()))
              .toList());
    }
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

package app.rapport.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers errors that happen outside any controller (an unknown address, a request too large): a
 * page for people, a problem document for API clients.
 */
@Controller
class ErrorPages implements ErrorController {

  @RequestMapping(value = "/error", produces = "application/problem+json")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    ResponseEntity<ProblemDetail> problem =
        ApiErrors.problem(status, status.getReasonPhrase(), describeForApi(status, request), null);
    // the address the client asked for, not the error page's own
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
      try {
        problem.getBody().setInstance(new java.net.URI(path));
      } catch (java.net.URISyntaxException notAUri) {
        // left without an instance rather than fail while reporting a failure
      }
    }
    return problem;
  }

  /**
   * What an API client did that the framework refused before any controller: plain, and fixable.
   */
  private static String describeForApi(HttpStatus status, HttpServletRequest request) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address. The API's addresses begin /api/v1/.";
      case METHOD_NOT_ALLOWED -> ApiErrors.methodNotAllowed(request.getMethod());
      case UNSUPPORTED_MEDIA_TYPE -> ApiErrors.SEND_JSON;
      case NOT_ACCEPTABLE -> ApiErrors.ANSWERS_JSON;
      case CONTENT_TOO_LARGE -> TOO_LARGE;
      default -> describe(status, request);
    };
  }

  private static final String TOO_LARGE = "Files up to 100 MB can be sent. Try a smaller file.";

  @RequestMapping("/error")
  Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpStatus status = status(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path && path.startsWith("/api/")) {
      return problem(request);
    }
    response.setStatus(status.value());
    String heading =
        switch (status) {
          case NOT_FOUND -> "We could not find that page";
          case CONTENT_TOO_LARGE -> "That file is too large";
          case FORBIDDEN -> "This form could not be sent";
          case METHOD_NOT_ALLOWED -> "There is no page at this address";
          default -> "Something went wrong";
        };
    if (status == HttpStatus.CONTENT_TOO_LARGE && !isUpload(request)) {
      heading = "That is too much to send at once";
    }
    model.addAttribute("error", new ErrorView(status.value(), heading, describe(status, request)));
    return "errors/page";
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  private static String describe(HttpStatus status, HttpServletRequest request) {
    return switch (status) {
      case NOT_FOUND ->
          "The address may be mistyped, or what it pointed to was deleted. Use the menu to find your way.";
      case CONTENT_TOO_LARGE ->
          isUpload(request)
              ? TOO_LARGE
              : "A form can hold up to 2 MB of text, and this one held more. Use your browser's Back"
                  + " button to return to it, shorten the longest field, and send it again.";
      case FORBIDDEN ->
          "Rapport could not check that this form came from its own page (this happens when the"
              + " browser's cookies were cleared). Use your browser's Back button: what you typed"
              + " is still there. Copy anything long, reload the page, paste it back and send it"
              + " again.";
      case METHOD_NOT_ALLOWED ->
          "This address belongs to a button on another page; it is not a page to open. Use the"
              + " menu to find your way.";
      default -> "Rapport could not finish this; nothing was changed. Please try again.";
    };
  }
}

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
    return ApiErrors.problem(status, status.getReasonPhrase(), describe(status), null);
  }

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
          default -> "Something went wrong";
        };
    model.addAttribute("error", new ErrorView(status.value(), heading, describe(status)));
    return "errors/page";
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static String describe(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND ->
          "The address may be mistyped, or what it pointed to was deleted. Use the menu to find your way.";
      case CONTENT_TOO_LARGE -> "Files up to 100 MB can be sent. Try a smaller file.";
      case FORBIDDEN ->
          "Rapport could not check that this form came from its own page (this happens when the"
              + " browser's cookies were cleared). Use your browser's Back button: what you typed"
              + " is still there. Copy anything long, reload the page, paste it back and send it"
              + " again.";
      case METHOD_NOT_ALLOWED -> "This address does not accept that kind of request.";
      default -> "Rapport could not finish this; nothing was changed. Please try again.";
    };
  }
}

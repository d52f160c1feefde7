package app.rapport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit. It is refused while the request is read, before any controller is
 * chosen, so this advice applies to every request; left to the framework, the error page's own
 * reading of the same request failed again and API clients got a 413 with an empty body.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class UploadLimits {

  static final String TOO_LARGE =
      "Files up to 100 MB can be sent. Try a smaller file: a LinkedIn export's Connections.csv, or"
          + " one address book at a time.";

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
    if (request.getRequestURI().startsWith("/api/")) {
      return ApiErrors.problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", TOO_LARGE, null);
    }
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    ModelAndView page = new ModelAndView("errors/page");
    page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
    page.addObject("layout", LayoutAdvice.forRequest(request));
    page.addObject(
        "error",
        new ErrorView(HttpStatus.CONTENT_TOO_LARGE.value(), "That file is too large", TOO_LARGE));
    return page;
  }
}

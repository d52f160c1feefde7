package app.rapport.platform.web;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.DatabaseFailure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Error pages for the browser: plain words, the usual layout, never a stack trace. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class WebErrors {

  private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

  /** A thing that is not there, or an address with a part missing or garbled (a broken link). */
  @ExceptionHandler({
    NotFound.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  String notFound(
      Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("layout", LayoutAdvice.forRequest(request));
    String what = e instanceof NotFound missing ? missing.what() : "page";
    response.setStatus(404);
    model.addAttribute(
        "error",
        new ErrorView(
            404,
            "We could not find that " + what,
            "It may have been deleted, or the link may be wrong. "
                + "Use the menu above to find what you were looking for."));
    return "errors/page";
  }

  /** An address whose query string cannot be decoded, such as {@code /people?q=%}. */
  @ExceptionHandler(InvalidParameterException.class)
  String undecodable(
      InvalidParameterException e,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("layout", LayoutAdvice.forRequest(request));
    response.setStatus(400);
    model.addAttribute(
        "error",
        new ErrorView(
            400,
            "That address is not written correctly",
            "Part of the address ("
                + ApiErrors.undecodableParameter(e)
                + ") could not be read. "
                + ApiErrors.UNDECODABLE
                + " To search for a % sign, type it in the search box."));
    return "errors/page";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(
      Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("layout", LayoutAdvice.forRequest(request));
    if (DatabaseFailure.isBusy(e)) {
      log.warn("Page request refused: the database stayed busy ({})", e.getMessage());
      response.setStatus(503);
      response.setHeader("Retry-After", "30");
      model.addAttribute(
          "error",
          new ErrorView(
              503,
              ApiErrors.BUSY_TITLE,
              ApiErrors.BUSY_DETAIL
                  + " If you were filling in a form, your browser's Back button returns to it."));
      return "errors/page";
    }
    log.error("Page request failed", e);
    response.setStatus(500);
    model.addAttribute(
        "error",
        new ErrorView(
            500,
            "Something went wrong",
            "Rapport could not finish this; nothing was changed. Please try again. "
                + "If it keeps happening, the log in the terminal that runs Rapport says why."));
    return "errors/page";
  }
}

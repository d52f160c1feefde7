package app.rapport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Layout} into the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

  static final String NOTICES = "notices";

  @ModelAttribute("layout")
  Layout layout(HttpServletRequest request) {
    return forRequest(request);
  }

  /** The layout of a page; also used by error pages, which model attribute methods do not reach. */
  static Layout forRequest(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Layout(
        section(request.getRequestURI()),
        csrf == null ? "_csrf" : csrf.getParameterName(),
        csrf == null ? "" : csrf.getToken(),
        notices(request));
  }

  @SuppressWarnings("unchecked")
  private static List<Notice> notices(HttpServletRequest request) {
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    Object notices = flash == null ? null : flash.get(NOTICES);
    return notices instanceof List<?> list ? (List<Notice>) list : List.of();
  }

  static String section(String path) {
    if (path == null || path.equals("/")) {
      return "home";
    }
    String trimmed = path.substring(1);
    int slash = trimmed.indexOf('/');
    return slash < 0 ? trimmed : trimmed.substring(0, slash);
  }
}

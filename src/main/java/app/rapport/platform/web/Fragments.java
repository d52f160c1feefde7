package app.rapport.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One handler answers both the full page and the htmx fragment of a route; this decides which. A
 * boosted or history-restoring request needs the whole page, so only a plain htmx request gets the
 * fragment. {@code Vary} keeps caches from mixing the two.
 */
public final class Fragments {

  private Fragments() {}

  public static boolean wanted(HtmxRequest htmx, HttpServletResponse response) {
    response.addHeader("Vary", "HX-Request");
    return htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest();
  }
}

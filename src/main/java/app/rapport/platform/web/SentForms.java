package app.rapport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Sends a form's work only once. Every form a page renders carries an id of its own ({@code _form},
 * next to the CSRF key). When a post with that id ends in a redirect (it was saved), the id and
 * where it led are remembered; the same form sent again, by Back and "Save" or a double click, is
 * not handled a second time but sent to the same place, with a notice that it was saved already. A
 * form that came back with problems is not remembered, so it can be corrected and sent.
 *
 * <p>Remembered in memory for a day, the {@link #KEPT} most recent: enough for one person's browser
 * history, and forgotten on restart, when the worst case is the duplicate it prevents.
 */
public final class SentForms implements HandlerInterceptor {

  /** The form field that carries a form's id. */
  public static final String FIELD = "_form";

  static final String ALREADY_SAVED =
      "That form was sent already, so nothing was done twice: this is where it led.";

  static final int KEPT = 2000;
  private static final long DAY_MILLIS = TimeUnit.DAYS.toMillis(1);
  private static final long WAIT_SECONDS = 30;
  private static final String HANDLING = SentForms.class.getName() + ".handling";

  private record Sent(CompletableFuture<String> location, long at) {}

  private final Map<String, Sent> sent =
      new LinkedHashMap<>(KEPT * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Sent> eldest) {
          return size() > KEPT;
        }
      };

  /** A new id for one rendered form. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    String id = id(request);
    if (id == null) {
      return true;
    }
    CompletableFuture<String> mine = new CompletableFuture<>();
    Sent before;
    synchronized (sent) {
      before = sent.get(id);
      if (before != null && System.currentTimeMillis() - before.at() > DAY_MILLIS) {
        before = null;
      }
      if (before == null) {
        sent.put(id, new Sent(mine, System.currentTimeMillis()));
      }
    }
    if (before == null) {
      request.setAttribute(HANDLING, mine);
      return true;
    }
    String location = waitFor(before.location());
    if (location == null) {
      // the first sending did not save (it came back with problems): this one is handled
      synchronized (sent) {
        sent.put(id, new Sent(mine, System.currentTimeMillis()));
      }
      request.setAttribute(HANDLING, mine);
      return true;
    }
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    flash.put(LayoutAdvice.NOTICES, List.of(Notice.of(ALREADY_SAVED)));
    RequestContextUtils.saveOutputFlashMap(location, request, response);
    response.sendRedirect(location);
    return false;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
    if (!(request.getAttribute(HANDLING) instanceof CompletableFuture<?> handling)) {
      return;
    }
    @SuppressWarnings("unchecked")
    CompletableFuture<String> mine = (CompletableFuture<String>) handling;
    String location = response.getHeader("Location");
    boolean saved = failure == null && response.getStatus() / 100 == 3 && location != null;
    if (!saved) {
      String id = id(request);
      synchronized (sent) {
        Sent entry = sent.get(id);
        if (entry != null && entry.location() == mine) {
          sent.remove(id);
        }
      }
    }
    mine.complete(saved ? location : null);
  }

  private static String waitFor(CompletableFuture<String> location) {
    try {
      return location.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  private static String id(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return null;
    }
    String id = request.getParameter(FIELD);
    return id == null || id.isBlank() || id.length() > 64 ? null : id;
  }
}

package app.rapport.platform.web;

import java.util.List;

/**
 * What the shared page layout needs on every page: which section is current, the CSRF token for
 * forms and htmx requests, and the notices carried over from the previous page.
 */
public record Layout(String section, String csrfParameter, String csrfToken, List<Notice> notices) {

  public boolean isCurrent(String name) {
    return name.equals(section);
  }

  /** The {@code hx-headers} attribute value that sends the CSRF token with every htmx request. */
  public String htmxHeaders() {
    return "{\"X-CSRF-TOKEN\":\"" + csrfToken + "\"}";
  }
}

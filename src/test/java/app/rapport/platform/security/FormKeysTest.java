package app.rapport.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF protection of the pages, as the web filter chain sets it up: the key a form carries is
 * checked against a cookie, not a server session, so a form left open past the session's end, or
 * across a restart, still saves; a form without the cookie, or with another one, does not.
 */
class FormKeysTest {

  private final CsrfFilter filter = new CsrfFilter(SecurityConfig.csrfTokens());

  private record Page(Cookie cookie, String formToken) {}

  private Page openAForm() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people/new");
    MockHttpServletResponse response = new MockHttpServletResponse();
    String[] token = new String[1];
    filter.doFilter(
        request,
        response,
        (req, res) ->
            token[0] = ((CsrfToken) req.getAttribute(CsrfToken.class.getName())).getToken());
    return new Page(response.getCookie("rapport-form-key"), token[0]);
  }

  private boolean saves(Cookie cookie, String formToken) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/people");
    if (cookie != null) {
      request.setCookies(cookie);
    }
    request.setParameter("_csrf", formToken);
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicBoolean reached = new AtomicBoolean();
    filter.doFilter(request, response, (req, res) -> reached.set(true));
    return reached.get() && response.getStatus() == 200;
  }

  @Test
  void theKeyIsACookieOnlyThisSiteSendsAndScriptsCannotRead() throws Exception {
    Page page = openAForm();
    assertThat(page.cookie()).isNotNull();
    assertThat(page.cookie().isHttpOnly()).isTrue();
    assertThat(page.cookie().getPath()).isEqualTo("/");
    assertThat(page.cookie().getAttribute("SameSite")).isEqualTo("Strict");
    // the form's copy is masked afresh on each page, so it never equals the cookie's value
    assertThat(page.formToken()).isNotBlank().isNotEqualTo(page.cookie().getValue());
  }

  @Test
  void aFormSavesWithoutAnySessionAsLongAsItsCookieComesWithIt() throws Exception {
    Page page = openAForm();
    // no session at all: it expired, or Rapport was restarted, while the form was open
    assertThat(saves(page.cookie(), page.formToken())).isTrue();
  }

  @Test
  void aFormWithoutItsCookieOrWithAnotherIsRefused() throws Exception {
    Page page = openAForm();
    Page other = openAForm();
    assertThat(saves(null, page.formToken())).isFalse();
    assertThat(saves(other.cookie(), page.formToken())).isFalse();
    assertThat(saves(page.cookie(), "forged")).isFalse();
  }
}

package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class LocalModeGuardsTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  @Test
  void requestsAddressedToAnotherHostAreRefused() throws Exception {
    mvc.perform(
            get("/people")
                .with(
                    r -> {
                      r.setServerName("attacker.example");
                      return r;
                    }))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/people")
                .with(
                    r -> {
                      r.setServerName("127.0.0.1");
                      return r;
                    }))
        .andExpect(status().isOk());
  }

  @Test
  void pagesForbidInlineScriptsAndFraming() throws Exception {
    mvc.perform(get("/"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    var page = Html.of(mvc.perform(get("/")));
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("[style]")).isEmpty();
  }

  @Test
  void everyFormCarriesACsrfTokenAndPostsWithoutOneAreRefused() throws Exception {
    var form = Html.of(mvc.perform(get("/people/new")));
    assertThat(form.select("form[method=post] input[name=_csrf]").val()).isNotBlank();
    assertThat(form.select("body").attr("hx-headers")).contains("X-CSRF-TOKEN");
    mvc.perform(post("/settings/api-token")).andExpect(status().isForbidden());
  }

  @Test
  void theApiTokenIsKeptInAnOwnerOnlyFileAndCanBeRotated() throws Exception {
    assertThat(Files.readString(tokens.file()).trim()).isEqualTo(tokens.current());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.file())))
        .isEqualTo("rw-------");
    String old = tokens.current();
    var settings = Html.of(mvc.perform(get("/settings")));
    assertThat(settings.select("#token-value").text()).isEqualTo(old);

    mvc.perform(post("/settings/api-token").with(csrf())).andExpect(status().is3xxRedirection());

    assertThat(tokens.current()).isNotEqualTo(old);
    assertThat(Files.readString(tokens.file()).trim()).isEqualTo(tokens.current());
    mvc.perform(get("/api/v1/contacts").header("Authorization", "Bearer " + old))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/contacts").header("Authorization", "Bearer " + tokens.current()))
        .andExpect(status().isOk());
  }

  @Test
  void healthAnswersWithoutAToken() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                .value("UP"));
  }

  @Test
  void errorsOutsideControllersGetAPageOrAProblemDocument() throws Exception {
    // The servlet container forwards such errors (an unknown address, a file too large) to /error.
    mvc.perform(
            get("/error")
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(
                    jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing"))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    var page =
        Html.of(
            mvc.perform(
                    get("/error")
                        .contentType("multipart/form-data; boundary=x")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(
                            jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/imports"))
                .andExpect(status().isContentTooLarge()));
    assertThat(page.select("h1").text()).isEqualTo("That file is too large");
    // a form of text too long is not called a file
    var form =
        Html.of(
            mvc.perform(
                    get("/error")
                        .contentType("application/x-www-form-urlencoded")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(
                            jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/people"))
                .andExpect(status().isContentTooLarge()));
    assertThat(form.select("h1").text()).isEqualTo("That is too much to send at once");
    assertThat(form.select("main").text()).contains("2 MB of text");
  }
}

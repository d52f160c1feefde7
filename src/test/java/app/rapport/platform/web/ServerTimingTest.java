package app.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.DatabaseTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

class ServerTimingTest extends DatabaseTestBase {

  private static final String TIMING = "app;dur=\\d+\\.\\d{3}, cpu;dur=\\d+\\.\\d{3}";

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  @Test
  void pagesSayHowLongTheServerTook() throws Exception {
    MockHttpServletResponse page =
        mvc.perform(get("/people")).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(page.getHeader("Server-Timing")).matches(TIMING);
    assertThat(page.getContentAsString()).contains("</html>");
  }

  @Test
  void apiAnswersRedirectsAndRefusalsSayItToo() throws Exception {
    assertThat(
            mvc.perform(
                    get("/api/v1/contacts").header("Authorization", "Bearer " + tokens.current()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Server-Timing"))
        .matches(TIMING);
    assertThat(
            mvc.perform(post("/settings/api-token").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getHeader("Server-Timing"))
        .matches(TIMING);
    assertThat(
            mvc.perform(get("/api/v1/contacts"))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getHeader("Server-Timing"))
        .matches(TIMING);
  }

  @Test
  void theDurationIsInMillisecondsWithThreeDecimals() {
    assertThat(ServerTimingFilter.value(1_234_567, 800_000))
        .isEqualTo("app;dur=1.235, cpu;dur=0.800");
    assertThat(ServerTimingFilter.value(0, -1)).isEqualTo("app;dur=0.000");
    assertThat(ServerTimingFilter.value(499, 500)).isEqualTo("app;dur=0.000, cpu;dur=0.001");
    assertThat(ServerTimingFilter.value(12_045_000, 99_999_999))
        .isEqualTo("app;dur=12.045, cpu;dur=100.000");
    assertThat(ServerTimingFilter.value(61_234_567_890L, 7_000))
        .isEqualTo("app;dur=61234.568, cpu;dur=0.007");
  }
}

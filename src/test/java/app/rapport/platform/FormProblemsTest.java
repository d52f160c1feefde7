package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A form that comes back with problems names the field in each message, and ties each message to
 * its control, groups of choices included, so that a screen reader says it with the control.
 */
class FormProblemsTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;

  @Test
  void aGroupOfChoicesIsDescribedByItsProblemAndTheSummaryCanReachIt() throws Exception {
    Document page =
        Html.of(
            mvc.perform(post("/touchpoints").with(csrf()).param("occurredOn", "2026-11-20"))
                .andExpect(status().isUnprocessableContent()));
    var people = page.selectFirst("fieldset#f-contactIds");
    assertThat(people.attr("aria-describedby")).isEqualTo("f-contactIds-error");
    assertThat(people.attr("tabindex")).isEqualTo("-1");
    assertThat(page.select("#f-contactIds-error").text()).contains("Choose at least one person");
    assertThat(page.select("#error-summary a[href=#f-contactIds]")).hasSize(1);
  }

  @Test
  void numbersThatAreNotNumbersAreNamedInTheirMessages() throws Exception {
    Document person =
        Html.of(
            mvc.perform(
                    post("/people")
                        .with(csrf())
                        .param("fullName", "Ana Ruiz")
                        .param("tier", "NETWORK")
                        .param("cadenceDays", "-5")
                        .param("career.mutualConnections", "ten"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(person.select("#error-summary li").eachText())
        .anySatisfy(text -> assertThat(text).contains("mutual connections"))
        .anySatisfy(text -> assertThat(text).contains("Reach out"));

    Document goal =
        Html.of(
            mvc.perform(
                    post("/goals")
                        .with(csrf())
                        .param("kind", "TOUCHPOINTS")
                        .param("target", "")
                        .param("period", "YEAR"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(goal.select("#f-target-error").text()).contains("Enter the target");
  }
}

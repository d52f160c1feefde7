package app.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class ProfileApiTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired ProfileService profiles;

  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(mvc, tokens);
  }

  private static String profile(Integer version, int weeklyBudget, String industries) {
    return "{"
        + (version == null ? "" : "\"version\": " + version + ", ")
        + "\"targetIndustries\": ["
        + industries
        + "], \"targetRoles\": [\"Practice Manager\", \"Operations Lead\"],"
        + " \"targetCompanies\": [\"Contoso Health\"],"
        + " \"activelySearching\": true, \"weeklyBudget\": "
        + weeklyBudget
        + ", \"horizonMonths\": 6, \"careerChanger\": false}";
  }

  @Test
  void aNewAccountReadsTheDefaults() throws Exception {
    api.get("/api/v1/profile")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.targetIndustries").isEmpty())
        .andExpect(jsonPath("$.targetRoles").isEmpty())
        .andExpect(jsonPath("$.targetCompanies").isEmpty())
        .andExpect(jsonPath("$.activelySearching").value(false))
        .andExpect(jsonPath("$.weeklyBudget").value(SearchProfile.DEFAULT_WEEKLY_BUDGET))
        .andExpect(jsonPath("$.horizonMonths").value(SearchProfile.DEFAULT_HORIZON_MONTHS))
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void whatIsPutIsReadBack() throws Exception {
    api.put("/api/v1/profile", profile(0, 3, "\"Healthcare\", \" Education \", \"healthcare\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.targetIndustries.length()").value(2));

    api.get("/api/v1/profile")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.targetIndustries[0]").value("Healthcare"))
        .andExpect(jsonPath("$.targetIndustries[1]").value("Education"))
        .andExpect(jsonPath("$.targetRoles[0]").value("Practice Manager"))
        .andExpect(jsonPath("$.targetRoles[1]").value("Operations Lead"))
        .andExpect(jsonPath("$.targetCompanies[0]").value("Contoso Health"))
        .andExpect(jsonPath("$.targetCompanies.length()").value(1))
        .andExpect(jsonPath("$.activelySearching").value(true))
        .andExpect(jsonPath("$.weeklyBudget").value(3))
        .andExpect(jsonPath("$.horizonMonths").value(6))
        .andExpect(jsonPath("$.careerChanger").value(false))
        .andExpect(jsonPath("$.version").value(1));

    SearchProfile saved = profiles.get(account.id());
    assertThat(saved.targetIndustries()).containsExactly("Healthcare", "Education");
    assertThat(saved.activelySearching()).isTrue();
    assertThat(saved.weeklyBudget()).isEqualTo(3);
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
    api.put("/api/v1/profile", profile(0, 3, "\"Healthcare\"")).andExpect(status().isOk());
    api.put("/api/v1/profile", profile(1, 5, "\"Retail\"")).andExpect(status().isOk());

    api.put("/api/v1/profile", profile(1, 2, "\"Aerospace\""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409));
    api.put("/api/v1/profile", profile(0, 2, "\"Aerospace\"")).andExpect(status().isConflict());

    api.get("/api/v1/profile")
        .andExpect(jsonPath("$.targetIndustries[0]").value("Retail"))
        .andExpect(jsonPath("$.weeklyBudget").value(5))
        .andExpect(jsonPath("$.version").value(2));

    api.put("/api/v1/profile", profile(2, 2, "\"Aerospace\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.targetIndustries[0]").value("Aerospace"))
        .andExpect(jsonPath("$.version").value(3));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
    api.put("/api/v1/profile", profile(0, 3, "\"Healthcare\"")).andExpect(status().isOk());

    api.put("/api/v1/profile", profile(1, 0, "\"Retail\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("weeklyBudget"));
    api.put("/api/v1/profile", profile(1, 21, "\"Retail\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("weeklyBudget"));

    String twentyOne =
        IntStream.rangeClosed(1, 21)
            .mapToObj(i -> "\"Industry " + i + "\"")
            .collect(Collectors.joining(", "));
    api.put("/api/v1/profile", profile(1, 3, twentyOne))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("targetIndustries"));

    SearchProfile unchanged = profiles.get(account.id());
    assertThat(unchanged.version()).isEqualTo(1);
    assertThat(unchanged.targetIndustries()).containsExactly("Healthcare");
    assertThat(unchanged.weeklyBudget()).isEqualTo(3);
  }

  @Test
  void theFormSavesOneTargetPerLine() throws Exception {
    mvc.perform(
            post("/profile")
                .with(csrf())
                .param("targetIndustries", "Healthcare\r\nEducation")
                .param("targetRoles", "Practice Manager")
                .param("targetCompanies", "Contoso Health\nWoodgrove Bank")
                .param("activelySearching", "true")
                .param("weeklyBudget", "3")
                .param("horizonMonths", "12")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/profile"));

    SearchProfile saved = profiles.get(account.id());
    assertThat(saved.targetIndustries()).containsExactly("Healthcare", "Education");
    assertThat(saved.targetRoles()).containsExactly("Practice Manager");
    assertThat(saved.targetCompanies()).containsExactly("Contoso Health", "Woodgrove Bank");
    assertThat(saved.activelySearching()).isTrue();
    assertThat(saved.careerChanger()).isFalse();
    assertThat(saved.weeklyBudget()).isEqualTo(3);
    assertThat(saved.horizonMonths()).isEqualTo(12);
    assertThat(saved.version()).isEqualTo(1);

    Document page = Html.of(mvc.perform(get("/profile")));
    assertThat(page.select("#f-targetIndustries").val()).isEqualTo("Healthcare\nEducation");
    assertThat(page.select("#f-weeklyBudget").val()).isEqualTo("3");
    assertThat(page.select("#f-activelySearching").hasAttr("checked")).isTrue();
    assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    api.get("/api/v1/profile").andExpect(jsonPath("$.targetCompanies[1]").value("Woodgrove Bank"));
  }

  @Test
  void theFormRefusesABudgetOfNoneBesideTheField() throws Exception {
    Document page =
        Html.of(
            mvc.perform(
                    post("/profile")
                        .with(csrf())
                        .param("targetIndustries", "Healthcare")
                        .param("weeklyBudget", "0")
                        .param("horizonMonths", "9")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(page.select("#f-weeklyBudget-error").text()).contains("at least 1");
    assertThat(page.select("#f-targetIndustries").val()).isEqualTo("Healthcare");
    assertThat(profiles.get(account.id()).version()).isZero();
    assertThat(profiles.get(account.id()).targetIndustries()).isEqualTo(List.of());
  }
}

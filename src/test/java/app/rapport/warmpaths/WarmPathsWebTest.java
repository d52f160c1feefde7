package app.rapport.warmpaths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLinkCommand;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.PersonInput;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class WarmPathsWebTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KnowsLinkService knows;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired IntroductionService introductions;
  Contact ann;
  Contact tom;

  private Contact person(String name, String company) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            null,
            null,
            null,
            company,
            null,
            null,
            Tier.NETWORK,
            null,
            null,
            null,
            null,
            null));
  }

  @BeforeEach
  void network() {
    tom = person("Tom Target", "Fabrikam");
    ann = person("Ann Lee", "Contoso");
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            clock.today().minusDays(2),
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(ann.id()),
            "Coffee",
            null,
            null,
            null));
    knows.addKnowsLink(
        account.id(),
        new KnowsLinkCommand(
            PersonInput.of(ann.id()),
            PersonInput.of(tom.id()),
            KnowsHow.WORKED_TOGETHER,
            null,
            "Fabrikam",
            2012,
            2018,
            null));
  }

  @Test
  void thePageRanksPathsAndAsksForAnIntroduction() throws Exception {
    Document page = Html.of(mvc.perform(get("/warm-paths").param("organization", "fabrikam")));
    assertThat(page.select("h1").text()).isEqualTo("Warm paths to Fabrikam");
    assertThat(page.select(".paths .item-heading").text()).isEqualTo("You → Ann Lee → Tom Target");
    assertThat(page.select(".paths li p").eachText())
        .anySatisfy(
            t -> assertThat(t).endsWith(", and worked with Tom Target at Fabrikam for six years."));
    assertThat(page.select(".paths button").text()).isEqualTo("Ask Ann for an introduction");

    mvc.perform(
            post("/warm-paths/ask")
                .with(csrf())
                .param("path", page.select("input[name=path]").val())
                .param("returnTo", "/warm-paths?organization=Fabrikam"))
        .andExpect(redirectedUrl("/warm-paths?organization=Fabrikam"));
    assertThat(keepInTouch.openFollowUpsFor(account.id(), ann.id()))
        .singleElement()
        .satisfies(f -> assertThat(f.what()).startsWith("Ask Ann to introduce you to Tom Target"));
    assertThat(introductions.introductionsBy(account.id(), ann.id(), PageRequest.of(0, 5)).items())
        .singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(IntroductionStatus.ASKED));
    Document today = Html.of(mvc.perform(get("/today")));
    assertThat(today.select("main").text()).contains("Ask Ann to introduce you to Tom Target");
  }

  @Test
  void anUnknownOrganisationIsExplainedBesideTheField() throws Exception {
    Document page = Html.of(mvc.perform(get("/warm-paths").param("organization", "Initech")));
    assertThat(page.select("#f-organization-error").text())
        .contains("There is no organisation called Initech");
    assertThat(page.select("#f-organization").val()).isEqualTo("Initech");
  }

  @Test
  void theApiAnswersAsApiMdSays() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    String annId = Ids.format(ann.id());
    String tomId = Ids.format(tom.id());
    api.get("/api/v1/warm-paths?organization=Fabrikam")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths[0].contactIds", contains(annId, tomId)))
        .andExpect(jsonPath("$.paths[0].score").isNumber())
        .andExpect(jsonPath("$.paths[0].explanation", containsString("for six years")));
    api.get("/api/v1/warm-paths?contactId=" + tomId)
        .andExpect(jsonPath("$.paths[0].contactIds", contains(annId, tomId)));
    api.get("/api/v1/warm-paths?organization=Initech")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("organization"));
    api.get("/api/v1/warm-paths").andExpect(status().isBadRequest());

    api.post("/api/v1/warm-paths/ask", "{\"contactIds\": [\"" + annId + "\", \"" + tomId + "\"]}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/introductions/")))
        .andExpect(jsonPath("$.dueOn").value("2026-11-26"))
        .andExpect(jsonPath("$.message", containsString("Hi Ann,")));
    api.post("/api/v1/warm-paths/ask", "{\"contactIds\": [\"" + annId + "\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contactIds"));
  }
}

package app.rapport.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.model.Tier;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class OrganizationsTest extends DatabaseTestBase {

  @Autowired OrganizationService organizations;
  @Autowired ContactService contacts;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private Contact personAt(String name, String company) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(),
            List.of(),
            null,
            company,
            "Analyst",
            null,
            Tier.NETWORK,
            List.of(),
            null,
            null,
            null,
            null));
  }

  @Test
  void namingANewOrganisationForAPersonCreatesItOnce() {
    Contact ana = personAt("Ana Ruiz", "Contoso Health");
    Contact luis = personAt("Luis Fernández", "  contoso   HEALTH ");

    assertThat(luis.organizationId()).isEqualTo(ana.organizationId());
    assertThat(luis.company()).isEqualTo("Contoso Health");
    var all = organizations.list(account.id(), null, false, PageRequest.of(0, 10));
    assertThat(all.items()).extracting(Organization::name).containsExactly("Contoso Health");
    assertThat(all.items().get(0).peopleCount()).isEqualTo(2);
  }

  @Test
  void anOrganisationPageListsItsPeople() throws Exception {
    Contact ana = personAt("Ana Ruiz", "Contoso Health");
    personAt("Luis Fernández", "Contoso Health");
    personAt("Bob Stone", "Fabrikam");

    Document page =
        Html.of(
            mvc.perform(get("/organizations/" + Ids.format(ana.organizationId())))
                .andExpect(status().isOk()));
    assertThat(page.select("h1").text()).isEqualTo("Contoso Health");
    assertThat(page.select(".people-list .person-name").eachText())
        .containsExactly("Ana Ruiz", "Luis Fernández");
  }

  @Test
  void targetsCanBeMarkedAndListedOnTheirOwn() throws Exception {
    Organization contoso =
        organizations.addOrganization(
            account.id(),
            new OrganizationCommand("Contoso Health", null, "Healthcare", false, null));
    organizations.addOrganization(
        account.id(), new OrganizationCommand("Fabrikam", null, null, false, null));

    mvc.perform(
            post("/organizations/" + Ids.format(contoso.id()) + "/target")
                .with(csrf())
                .param("target", "true"))
        .andExpect(status().is3xxRedirection());

    Document targets = Html.of(mvc.perform(get("/organizations").param("targets", "true")));
    assertThat(targets.select(".people-list .person-name").eachText())
        .containsExactly("Contoso Health");
    mvc.perform(
            get("/api/v1/organizations")
                .param("target", "true")
                .header("Authorization", "Bearer " + tokens.current()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].name").value("Contoso Health"))
        .andExpect(jsonPath("$.items[0].target").value(true));
  }

  @Test
  void aNameAlreadyInUseIsRefusedWithTheFieldNamed() {
    organizations.addOrganization(
        account.id(), new OrganizationCommand("Fabrikam", null, null, false, null));
    assertThatThrownBy(
            () ->
                organizations.addOrganization(
                    account.id(), new OrganizationCommand("FABRIKAM", null, null, false, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems()).extracting("field").containsExactly("name"));
  }

  @Test
  void anOrganisationWithPeopleCannotBeDeletedButAnEmptyOneCanAndComesBack() {
    Contact ana = personAt("Ana Ruiz", "Contoso Health");
    assertThatThrownBy(() -> organizations.deleteOrganization(account.id(), ana.organizationId()))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("still has 1 person");

    Organization empty =
        organizations.addOrganization(
            account.id(), new OrganizationCommand("Litware", null, null, false, null));
    organizations.deleteOrganization(account.id(), empty.id());
    assertThat(organizations.list(account.id(), "lit", false, PageRequest.of(0, 10)).total())
        .isZero();
    organizations.restore(account.id(), empty.id());
    assertThat(organizations.get(account.id(), empty.id()).name()).isEqualTo("Litware");
  }

  @Test
  void editsAreCheckedForStaleVersions() {
    Organization org =
        organizations.addOrganization(
            account.id(), new OrganizationCommand("Litware", null, null, false, null));
    organizations.editOrganization(
        account.id(), org.id(), 1, new OrganizationCommand("Litware Inc", null, null, true, null));
    assertThatThrownBy(
            () ->
                organizations.editOrganization(
                    account.id(),
                    org.id(),
                    1,
                    new OrganizationCommand("Litware Ltd", null, null, true, null)))
        .isInstanceOf(StaleEdit.class);
  }

  @Test
  void theApiCreatesPatchesAndValidates() throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/organizations")
                    .header("Authorization", "Bearer " + tokens.current())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\": \"Trey Research\", \"website\": \"treyresearch.example\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.website").value("https://treyresearch.example"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
    mvc.perform(
            patch("/api/v1/organizations/" + id)
                .header("Authorization", "Bearer " + tokens.current())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\": true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.target").value(true))
        .andExpect(jsonPath("$.name").value("Trey Research"));
    mvc.perform(
            post("/api/v1/organizations")
                .header("Authorization", "Bearer " + tokens.current())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
  }
}

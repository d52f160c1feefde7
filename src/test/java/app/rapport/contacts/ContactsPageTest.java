package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.model.Tier;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.Notice;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SuppressWarnings("unchecked")
class ContactsPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ContactService contacts;

  private Contact add(String name, String company) {
    ContactCommand command = ContactCommand.named(name);
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(),
            List.of(),
            null,
            company,
            null,
            null,
            Tier.NETWORK,
            List.of(),
            null,
            null,
            null,
            null));
  }

  @Test
  void addingAPersonThroughTheFormSavesItAndShowsTheirPage() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/people")
                    .with(csrf())
                    .param("fullName", "Ana Ruiz")
                    .param("company", "Contoso Health")
                    .param("title", "Practice Manager")
                    .param("tier", "CLOSE")
                    .param("emails[0].value", "ana@mail.example")
                    .param("emails[0].label", "personal")
                    .param("phones[0].value", "+44 20 7946 0958")
                    .param("phones[0].label", "mobile")
                    .param("tags", "former colleague, mentor")
                    .param("knownSince", "2001-09-01"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/people/*"))
            .andReturn();
    assertThat((List<Object>) result.getFlashMap().get("notices"))
        .containsExactly(Notice.of("Ana Ruiz was added."));

    Document page = Html.of(mvc.perform(get(result.getResponse().getRedirectedUrl())));
    assertThat(page.select("h1").text()).isEqualTo("Ana Ruiz");
    assertThat(page.select(".lead").text()).isEqualTo("Practice Manager at Contoso Health");
    assertThat(page.select("a[href^=mailto:]").text()).isEqualTo("ana@mail.example");
    assertThat(page.select("a[href^=tel:]").attr("href")).isEqualTo("tel:+442079460958");
    assertThat(page.select("a.tag").eachText()).containsExactly("former colleague", "mentor");
    assertThat(page.text()).contains("Known since 1 September 2001");
  }

  @Test
  void aFormWithMistakesComesBackWithMessagesBesideTheFieldsAndKeepsWhatWasTyped()
      throws Exception {
    Document page =
        Html.of(
            mvc.perform(
                    post("/people")
                        .with(csrf())
                        .param("fullName", "")
                        .param("company", "Contoso Health")
                        .param("tier", "CLOSE")
                        .param("emails[0].value", "ana(at)mail")
                        .param("phones[0].value", "call me")
                        .param("linkedinUrl", "my profile")
                        .param("knownSince", "21/04/2019")
                        .param("notes", "Met at the conference"))
                .andExpect(status().isUnprocessableContent()));

    assertThat(page.select("#error-summary li")).hasSize(5);
    assertThat(page.select("#f-fullName-error").text()).contains("Please enter a name.");
    assertThat(page.select("#f-emails-0-value-error").text()).contains("email address");
    assertThat(page.select("#f-phones-0-value-error").text()).contains("phone number");
    assertThat(page.select("#f-linkedinUrl-error").text()).contains("https://");
    assertThat(page.select("#f-knownSince-error").text()).contains("2019-04-21");
    assertThat(page.select("#f-emails-0-value").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#f-emails-0-value").attr("aria-describedby"))
        .contains("f-emails-0-value-error");
    assertThat(page.select("#f-company").val()).isEqualTo("Contoso Health");
    assertThat(page.select("#f-emails-0-value").val()).isEqualTo("ana(at)mail");
    assertThat(page.select("#f-knownSince").val()).isEqualTo("21/04/2019");
    assertThat(page.select("#f-notes").text()).isEqualTo("Met at the conference");
    assertThat(page.select("input[name=tier][value=CLOSE]").hasAttr("checked")).isTrue();
    assertThat(contacts.list(account.id(), ContactFilter.all(), PageRequest.of(0, 10)).total())
        .isZero();
  }

  @Test
  void addAnotherEmailGivesAnExtraRowWithoutSaving() throws Exception {
    Document page =
        Html.of(
            mvc.perform(
                    post("/people")
                        .with(csrf())
                        .param("add", "email")
                        .param("fullName", "Ana Ruiz")
                        .param("emails[0].value", "ana@mail.example"))
                .andExpect(status().isOk()));
    assertThat(page.select("input[name^=emails][name$=value]")).hasSize(2);
    assertThat(page.select("#f-emails-0-value").val()).isEqualTo("ana@mail.example");
    assertThat(contacts.list(account.id(), ContactFilter.all(), PageRequest.of(0, 10)).total())
        .isZero();
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() throws Exception {
    mvc.perform(post("/people").param("fullName", "Mallory")).andExpect(status().isForbidden());
    assertThat(contacts.list(account.id(), ContactFilter.all(), PageRequest.of(0, 10)).total())
        .isZero();
  }

  @Test
  void theListSearchesAsYouTypeWithAnHtmxFragment() throws Exception {
    add("Ana Ruiz", "Contoso Health");
    add("Luis Fernández", "Fabrikam");

    Document full = Html.of(mvc.perform(get("/people")).andExpect(status().isOk()));
    assertThat(full.select("h1").text()).isEqualTo("People");
    assertThat(full.select(".people-list .person-name").eachText())
        .containsExactly("Ana Ruiz", "Luis Fernández");

    Document fragment =
        Html.of(
            mvc.perform(get("/people").param("q", "fern").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", "HX-Request")));
    assertThat(fragment.select("h1")).isEmpty();
    assertThat(fragment.select(".result-count").text()).isEqualTo("1 person found");
    assertThat(fragment.select(".person-name").eachText()).containsExactly("Luis Fernández");

    Document boosted =
        Html.of(
            mvc.perform(
                get("/people")
                    .param("q", "fern")
                    .header("HX-Request", "true")
                    .header("HX-History-Restore-Request", "true")));
    assertThat(boosted.select("h1").text()).isEqualTo("People");
  }

  @Test
  void theListPagesThroughManyPeople() throws Exception {
    for (int i = 0; i < 55; i++) {
      add(String.format("Person %02d", i), null);
    }
    Document second = Html.of(mvc.perform(get("/people").param("page", "1")));
    assertThat(second.select(".people-list li")).hasSize(5);
    assertThat(second.select(".pager").text()).contains("Showing 51 to 55 of 55 people");
    assertThat(second.select(".pager a").eachText()).containsExactly("Previous page");
  }

  @Test
  void editingSavesAndAStaleEditIsRefusedKeepingWhatWasTyped() throws Exception {
    Contact ana = add("Ana Ruiz", "Contoso Health");
    String id = Ids.format(ana.id());

    Document form = Html.of(mvc.perform(get("/people/" + id + "/edit")));
    assertThat(form.select("#f-fullName").val()).isEqualTo("Ana Ruiz");
    assertThat(form.select("input[name=version]").val()).isEqualTo("1");

    mvc.perform(
            post("/people/" + id)
                .with(csrf())
                .param("fullName", "Ana Ruiz-Smith")
                .param("tier", "NETWORK")
                .param("version", "1"))
        .andExpect(status().is3xxRedirection());
    assertThat(contacts.get(account.id(), ana.id()).fullName()).isEqualTo("Ana Ruiz-Smith");

    Document stale =
        Html.of(
            mvc.perform(
                    post("/people/" + id)
                        .with(csrf())
                        .param("fullName", "Ana R.")
                        .param("tier", "NETWORK")
                        .param("version", "1"))
                .andExpect(status().isConflict()));
    assertThat(stale.select("#error-summary h2").text()).contains("changed since you opened");
    assertThat(stale.select("#f-fullName").val()).isEqualTo("Ana R.");
    assertThat(stale.select("input[name=version]").val()).isEqualTo("2");
    assertThat(contacts.get(account.id(), ana.id()).fullName()).isEqualTo("Ana Ruiz-Smith");
  }

  @Test
  void deletingOffersUndoAndUndoBringsThePersonBack() throws Exception {
    Contact ana = add("Ana Ruiz", null);
    String id = Ids.format(ana.id());

    MvcResult deleted =
        mvc.perform(post("/people/" + id + "/delete").with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("notices"))
            .andReturn();
    assertThat((List<Object>) deleted.getFlashMap().get("notices"))
        .containsExactly(Notice.withUndo("Ana Ruiz was deleted.", "/people/" + id + "/restore"));
    mvc.perform(get("/people/" + id)).andExpect(status().isNotFound());
    assertThat(Html.of(mvc.perform(get("/people/deleted"))).select(".person-name").eachText())
        .containsExactly("Ana Ruiz");

    mvc.perform(post("/people/" + id + "/restore").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(Html.of(mvc.perform(get("/people/" + id))).select("h1").text())
        .isEqualTo("Ana Ruiz");
  }

  @Test
  void anUnknownPersonGetsAPlainNotFoundPage() throws Exception {
    Document page =
        Html.of(mvc.perform(get("/people/0AAAAAAAAAAAA")).andExpect(status().isNotFound()));
    assertThat(page.select("h1").text()).isEqualTo("We could not find that person");
    assertThat(page.text()).doesNotContain("Exception");
  }

  @Test
  void aSearchOfManyWhoSortLateFindsThemPastTheFirstNames() {
    // more matches than a search counts, all of them after every one of the first names in order
    List<NewContact> people = new ArrayList<>();
    for (int i = 0; i < ContactRepository.NAMES_WALKED + 10; i++) {
      people.add(new NewContact(Ids.next(), ContactCommand.named("Abe Other " + i), null));
    }
    for (int i = 0; i < 1002; i++) {
      people.add(new NewContact(Ids.next(), ContactCommand.named("Zed Person " + i), null));
    }
    contacts.importPeople(account.id(), null, people, List.of());
    List<String> inNameOrder =
        java.util.stream.IntStream.range(0, 1002)
            .mapToObj(i -> "Zed Person " + i)
            .sorted()
            .toList();

    for (int page : List.of(0, 2)) {
      var found =
          contacts.listForPage(
              account.id(),
              new ContactFilter("ze", null, null, ContactFilter.Sort.NAME),
              PageRequest.of(page, 50));
      assertThat(found.total()).isEqualTo(ContactService.COUNT_CAP + 1);
      assertThat(found.items())
          .extracting(ContactSummary::fullName)
          .isEqualTo(inNameOrder.subList(page * 50, page * 50 + 50));
    }
    // and a search of many among the first names is found among them: "Abe Other 0", ...
    assertThat(
            contacts
                .listForPage(
                    account.id(),
                    new ContactFilter("ab", null, null, ContactFilter.Sort.NAME),
                    PageRequest.of(1, 50))
                .items())
        .extracting(ContactSummary::fullName)
        .isEqualTo(
            java.util.stream.IntStream.range(0, ContactRepository.NAMES_WALKED + 10)
                .mapToObj(i -> "Abe Other " + i)
                .sorted()
                .toList()
                .subList(50, 100));
  }

  @Test
  void aSearchMatchingVeryManyPeopleSaysMoreThanAThousand() {
    for (int i = 0; i < 1002; i++) {
      contacts.addContact(account.id(), ContactCommand.named("Sam Person " + i));
    }
    var page =
        contacts.listForPage(
            account.id(),
            new ContactFilter("sam", null, null, ContactFilter.Sort.NAME),
            PageRequest.of(0, 50));
    assertThat(page.total()).isEqualTo(ContactService.COUNT_CAP + 1);
    // so many are walked in name order (ContactRepository.list): the pages hold the people in name
    // order, "Sam Person 0", "Sam Person 1", "Sam Person 10", ...
    List<String> inNameOrder =
        java.util.stream.IntStream.range(0, 1002)
            .mapToObj(i -> "Sam Person " + i)
            .sorted()
            .toList();
    assertThat(page.items())
        .extracting(ContactSummary::fullName)
        .isEqualTo(inNameOrder.subList(0, 50));
    assertThat(
            contacts
                .listForPage(
                    account.id(),
                    new ContactFilter("per sa", null, Tier.NETWORK, ContactFilter.Sort.NAME),
                    PageRequest.of(3, 50))
                .items())
        .extracting(ContactSummary::fullName)
        .isEqualTo(inNameOrder.subList(150, 200));
    assertThat(
            new app.rapport.contacts.web.PeopleListView(
                    new ContactFilter("sam", null, null, null), page)
                .summary())
        .startsWith("More than 1,000 people found");
    assertThat(
            contacts
                .list(
                    account.id(), new ContactFilter("sam", null, null, null), PageRequest.of(0, 1))
                .total())
        .isEqualTo(1002);
  }
}

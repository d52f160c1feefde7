package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.platform.web.Notice;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.support.MergeEvents;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Possible duplicates, merging two people into one, and taking a merge back. */
class MergeTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired MergeEvents events;

  private Contact person(
      String name, String company, String email, String phone, List<String> tags, String notes) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            email == null ? List.of() : List.of(new EmailAddress(email, "work")),
            phone == null ? List.of() : List.of(PhoneNumber.of(phone, "mobile")),
            null,
            company,
            null,
            null,
            Tier.NETWORK,
            tags,
            notes,
            null,
            null,
            null));
  }

  private Touchpoint log(LocalDate on, Contact... people) {
    return touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            on,
            Channel.EMAIL,
            Direction.MUTUAL,
            java.util.Arrays.stream(people).map(Contact::id).toList(),
            "Catch-up",
            null,
            null,
            null));
  }

  @Test
  void theSameNameIsSuggestedAndAKeyInCommonComesFirst() {
    Contact ana = person("Ana Ruiz", "Contoso", "ana@mail.example", null, List.of(), null);
    Contact anaAgain = person("Ana Ruiz", "Fabrikam", null, null, List.of(), null);
    Contact luis = person("Luis Gómez", null, "luis@mail.example", null, List.of(), null);
    Contact luisWork = person("L. Gomez", null, "LUIS@mail.example", null, List.of(), null);
    person("Grace Okafor", null, null, null, List.of(), null);

    var pairs = contacts.possibleDuplicates(account.id(), new PageRequest(0, 50));
    assertThat(pairs.total()).isEqualTo(2);
    assertThat(pairs.items().get(0).reason()).isEqualTo(DuplicateReason.SAME_EMAIL);
    assertThat(List.of(pairs.items().get(0).first().id(), pairs.items().get(0).second().id()))
        .containsExactly(luis.id(), luisWork.id());
    assertThat(pairs.items().get(1).reason()).isEqualTo(DuplicateReason.SAME_NAME);
    assertThat(pairs.items().get(1).first().id()).isEqualTo(ana.id());

    contacts.dismissDuplicate(account.id(), anaAgain.id(), ana.id());
    assertThat(contacts.possibleDuplicates(account.id(), new PageRequest(0, 50)).total())
        .isEqualTo(1);
  }

  @Test
  void everyPageOfPairsCountsThemAll() {
    person("Ana Ruiz", null, "ana@mail.example", null, List.of(), null);
    person("Ana Ruiz", null, null, null, List.of(), null);
    person("Luis Gómez", null, "luis@mail.example", null, List.of(), null);
    person("L. Gomez", null, "luis@mail.example", null, List.of(), null);
    person("Grace Okafor", null, null, "+44 20 7946 0018", List.of(), null);
    person("G. Okafor", null, null, "+44 20 7946 0018", List.of(), null);

    var all = contacts.possibleDuplicates(account.id(), new PageRequest(0, 50));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items()).hasSize(3);
    for (int page = 0; page < 3; page++) {
      var one = contacts.possibleDuplicates(account.id(), new PageRequest(page, 1));
      assertThat(one.total()).as("the count on page %d", page).isEqualTo(3);
      assertThat(one.items())
          .singleElement()
          .usingRecursiveComparison()
          .isEqualTo(all.items().get(page));
    }
    var past = contacts.possibleDuplicates(account.id(), new PageRequest(7, 1));
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(3);
  }

  @Test
  void mergingKeepsEverythingOfBothAndUndoingPutsItAllBack() {
    Contact ana =
        person("Ana Ruiz", "Contoso", "ana@contoso.example", null, List.of("mentor"), "Met 2001");
    Contact other =
        person(
            "Ana Ruiz-Lopez",
            null,
            "ana@mail.example",
            "+44 20 7946 0958",
            List.of("former colleague", "Mentor"),
            "Plays chess");
    LocalDate day = clock.today().minusDays(40);
    Touchpoint onlyHers = log(day, other);
    Touchpoint both = log(day.minusDays(5), ana, other);
    Touchpoint onlyAna = log(day.minusDays(9), ana);
    FollowUp promise =
        keepInTouch.addFollowUp(
            account.id(), other.id(), null, clock.today().plusDays(3), "Send CV");

    ContactMerge merge =
        contacts.mergeContacts(
            account.id(),
            ana.id(),
            ana.version(),
            other.id(),
            new MergeChoices(Map.of(MergeField.FULL_NAME, MergeSide.MERGE)));

    Contact merged = contacts.get(account.id(), ana.id());
    assertThat(merged.fullName()).isEqualTo("Ana Ruiz-Lopez");
    assertThat(merged.company()).isEqualTo("Contoso");
    assertThat(merged.emails())
        .extracting(EmailAddress::value)
        .containsExactly("ana@contoso.example", "ana@mail.example");
    assertThat(merged.phones()).extracting(PhoneNumber::e164).containsExactly("+442079460958");
    assertThat(merged.tags()).containsExactlyInAnyOrder("mentor", "former colleague");
    assertThat(merged.notes()).isEqualTo("Met 2001\n\nPlays chess");
    assertThatThrownBy(() -> contacts.get(account.id(), other.id()))
        .isInstanceOf(ContactNotFound.class);
    assertThat(touchpoints.timeline(account.id(), ana.id(), new PageRequest(0, 10)).items())
        .extracting(Touchpoint::id)
        .containsExactly(onlyHers.id(), both.id(), onlyAna.id());
    assertThat(touchpoints.get(account.id(), both.id()).contactIds()).containsExactly(ana.id());
    assertThat(keepInTouch.getFollowUp(account.id(), promise.id()).contactId()).isEqualTo(ana.id());
    assertThat(keepInTouch.status(account.id(), ana.id()).touchpointCount()).isEqualTo(3);
    assertThat(keepInTouch.status(account.id(), ana.id()).lastContactOn()).isEqualTo(day);
    assertThat(events.merged).last().satisfies(e -> assertThat(e.keptId()).isEqualTo(ana.id()));
    assertThat(contacts.recentlyDeleted(account.id(), new PageRequest(0, 10)).items()).isEmpty();

    Contact restored = contacts.undoMerge(account.id(), merge.id());
    assertThat(restored.fullName()).isEqualTo("Ana Ruiz");
    assertThat(restored.emails())
        .extracting(EmailAddress::value)
        .containsExactly("ana@contoso.example");
    assertThat(restored.tags()).containsExactly("mentor");
    assertThat(restored.notes()).isEqualTo("Met 2001");
    Contact back = contacts.get(account.id(), other.id());
    assertThat(back.fullName()).isEqualTo("Ana Ruiz-Lopez");
    assertThat(touchpoints.get(account.id(), onlyHers.id()).contactIds())
        .containsExactly(other.id());
    assertThat(touchpoints.get(account.id(), both.id()).contactIds())
        .containsExactlyInAnyOrder(ana.id(), other.id());
    assertThat(touchpoints.get(account.id(), onlyAna.id()).contactIds()).containsExactly(ana.id());
    assertThat(keepInTouch.getFollowUp(account.id(), promise.id()).contactId())
        .isEqualTo(other.id());
    assertThat(keepInTouch.status(account.id(), other.id()).touchpointCount()).isEqualTo(2);
    assertThat(keepInTouch.status(account.id(), ana.id()).touchpointCount()).isEqualTo(2);
    assertThat(events.unmerged)
        .last()
        .satisfies(e -> assertThat(e.log().get(MergeEvents.FEATURE)).containsExactly(other.id()));

    assertThatThrownBy(() -> contacts.undoMerge(account.id(), merge.id()))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aMergeIsNotUndoneOverLaterEdits() {
    Contact ana = person("Ana Ruiz", null, "ana@mail.example", null, List.of(), null);
    Contact other = person("Ana Ruiz", null, null, null, List.of(), null);
    ContactMerge merge =
        contacts.mergeContacts(account.id(), ana.id(), null, other.id(), MergeChoices.none());
    Contact merged = contacts.get(account.id(), ana.id());
    contacts.editContact(
        account.id(),
        ana.id(),
        merged.version(),
        merged.toCommand().withCareer(CareerFacts.none()));
    assertThatThrownBy(() -> contacts.undoMerge(account.id(), merge.id()))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("changed");
  }

  @Test
  void theMergeScreenShowsBothSidesAndMergesWithUndo() throws Exception {
    Contact ana = person("Ana Ruiz", "Contoso", "ana@mail.example", null, List.of(), null);
    Contact other = person("Ana Ruiz", "Fabrikam", "ana@home.example", null, List.of(), null);
    Document list = Html.of(mvc.perform(get("/people")));
    assertThat(list.select("a[href=/people/duplicates]").text()).isEqualTo("Possible duplicates");
    Document duplicates =
        Html.of(mvc.perform(get("/people/duplicates")).andExpect(status().isOk()));
    assertThat(duplicates.select(".pair h2").text()).isEqualTo("Ana Ruiz and Ana Ruiz");
    String compare = duplicates.select(".pair a.button").attr("href");

    Document screen = Html.of(mvc.perform(get(compare)).andExpect(status().isOk()));
    assertThat(screen.select("h1").text()).isEqualTo("Merge Ana Ruiz into Ana Ruiz");
    assertThat(screen.select("input[name=COMPANY][value=KEEP]").attr("checked")).isNotNull();
    assertThat(screen.select("input[name=COMPANY]")).hasSize(2);
    assertThat(screen.text()).contains("ana@mail.example, ana@home.example (all kept)");

    MvcResult merged =
        mvc.perform(
                post("/people/merge")
                    .with(csrf())
                    .param("keep", Ids.format(ana.id()))
                    .param("merge", Ids.format(other.id()))
                    .param("keepVersion", String.valueOf(ana.version()))
                    .param("COMPANY", "MERGE"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    @SuppressWarnings("unchecked")
    List<Notice> notices = (List<Notice>) merged.getFlashMap().get("notices");
    assertThat(notices.get(0).message()).isEqualTo("Ana Ruiz and Ana Ruiz are now one person.");
    assertThat(contacts.get(account.id(), ana.id()).company()).isEqualTo("Fabrikam");

    mvc.perform(post(notices.get(0).undoUrl()).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(contacts.get(account.id(), other.id()).company()).isEqualTo("Fabrikam");
    assertThat(contacts.get(account.id(), ana.id()).company()).isEqualTo("Contoso");
  }

  @Test
  void aBrokenMergeLinkIsAPlainNotFoundOrBackToTheList() throws Exception {
    Contact ana = person("Ana Ruiz", "Contoso", "ana@mail.example", null, List.of(), null);
    String id = Ids.format(ana.id());
    for (String link :
        List.of(
            "/people/merge", "/people/merge?keep=" + id, "/people/merge?keep=abc&merge=" + id)) {
      Document page = Html.of(mvc.perform(get(link)).andExpect(status().isNotFound()));
      assertThat(page.select("h1").text()).as(link).startsWith("We could not find that");
    }
    mvc.perform(get("/people/merge?keep=" + id + "&merge=" + id))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/people/duplicates"));
  }

  @Test
  void duplicatesAndMergesThroughTheApi() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    Contact ana = person("Ana Ruiz", null, "ana@mail.example", null, List.of(), null);
    Contact other = person("Ana Ruiz", null, "ana@mail.example", null, List.of("mentor"), null);
    api.get("/api/v1/contacts/duplicates")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].reason").value("SAME_EMAIL"))
        .andExpect(jsonPath("$.items[0].contactIds[0]").value(Ids.format(ana.id())));

    String body =
        api.post(
                "/api/v1/contacts/merges",
                "{\"keepId\":\""
                    + Ids.format(ana.id())
                    + "\",\"mergeId\":\""
                    + Ids.format(other.id())
                    + "\",\"choose\":{\"FULL_NAME\":\"MERGE\"}}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.contact.tags[0]").value("mentor"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String mergeId = JsonPath.read(body, "$.id");
    api.get("/api/v1/contacts/duplicates").andExpect(jsonPath("$.total").value(0));
    api.post("/api/v1/contacts/merges/" + mergeId + "/undo", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undoneAt").isNotEmpty())
        .andExpect(jsonPath("$.contact.tags").isEmpty());
    api.post(
            "/api/v1/contacts/duplicates/dismissals",
            "{\"contactIds\":[\""
                + Ids.format(ana.id())
                + "\",\""
                + Ids.format(other.id())
                + "\"]}")
        .andExpect(status().isNoContent());
    api.get("/api/v1/contacts/duplicates").andExpect(jsonPath("$.total").value(0));
  }
}

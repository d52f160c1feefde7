package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.model.Tier;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search as you type finds a person by any of the fields issue 2 names, from their first letters.
 */
class SearchFieldsTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private Contact ana;

  private Contact add(
      String name, String email, String company, String title, String tag, String notes) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            email == null ? List.of() : List.of(new EmailAddress(email, "personal")),
            List.of(),
            null,
            company,
            title,
            null,
            Tier.NETWORK,
            tag == null ? List.of() : List.of(tag),
            notes,
            null,
            null,
            null));
  }

  @BeforeEach
  void people() {
    ana = add("Ana Ruiz", null, null, "Orthodontist", null, null);
    add("Bob Lee", null, null, null, "rowing club", null);
    add("Cleo Park", null, null, null, null, "Met at the Lisbon marathon; bakes sourdough.");
    add("Dan Cole", "dcole@fabrikam.example", null, null, null, null);
    add("Eve Stone", null, "Tailspin Toys", null, null, null);
    add("Fay Wong", "fay@mail.example", "Woodgrove Bank", "Teller", "choir", "Lives in Porto.");
  }

  private List<String> search(String query) {
    return Searching.names(contacts, account.id(), query);
  }

  private List<String> searchPage(String query) throws Exception {
    return Html.of(
            mvc.perform(get("/people").param("q", query).header("HX-Request", "true"))
                .andExpect(status().isOk()))
        .select(".person-name")
        .eachText();
  }

  @Test
  void findsAPersonByTheirRole() throws Exception {
    assertThat(search("orthodontist")).containsExactly("Ana Ruiz");
    assertThat(search("Orthod")).containsExactly("Ana Ruiz");
    assertThat(searchPage("ortho")).containsExactly("Ana Ruiz");
  }

  @Test
  void findsAPersonByATag() throws Exception {
    assertThat(search("rowing")).containsExactly("Bob Lee");
    assertThat(search("rowing club")).containsExactly("Bob Lee");
    assertThat(searchPage("row")).containsExactly("Bob Lee");
  }

  @Test
  void findsAPersonByTheirNotes() throws Exception {
    assertThat(search("sourdough")).containsExactly("Cleo Park");
    assertThat(search("lisb mara")).containsExactly("Cleo Park");
    assertThat(searchPage("sourd")).containsExactly("Cleo Park");
  }

  @Test
  void findsAPersonByAnEmailAddressWholeOrInPart() throws Exception {
    assertThat(search("dcole@fabrikam.example")).containsExactly("Dan Cole");
    assertThat(search("dcole@fab")).containsExactly("Dan Cole");
    assertThat(search("fabrikam")).containsExactly("Dan Cole");
    assertThat(searchPage("dcole@fabrikam.example")).containsExactly("Dan Cole");
  }

  @Test
  void findsAPersonByTheirOrganisation() throws Exception {
    assertThat(search("tailspin")).containsExactly("Eve Stone");
    assertThat(search("Tailspin To")).containsExactly("Eve Stone");
    assertThat(searchPage("tails")).containsExactly("Eve Stone");
  }

  @Test
  void findsAPersonByName() throws Exception {
    assertThat(search("ruiz")).containsExactly("Ana Ruiz");
    assertThat(searchPage("Fay W")).containsExactly("Fay Wong");
  }

  @Test
  void everyWordTypedMustMatchSomeField() {
    assertThat(search("fay teller choir porto woodgrove")).containsExactly("Fay Wong");
    assertThat(search("teller rowing")).isEmpty();
    assertThat(search("zanzibar")).isEmpty();
  }

  @Test
  void anEditedFieldIsFoundByItsNewValueOnly() {
    Contact current = contacts.get(account.id(), ana.id());
    ContactCommand c = current.toCommand();
    contacts.editContact(
        account.id(),
        ana.id(),
        current.version(),
        new ContactCommand(
                c.fullName(),
                c.emails(),
                c.phones(),
                c.linkedinUrl(),
                c.company(),
                "Paediatrician",
                c.industry(),
                c.tier(),
                c.tags(),
                c.notes(),
                c.howWeMet(),
                c.knownSince(),
                c.cadenceDays())
            .withCareer(c.career()));
    assertThat(search("orthodontist")).isEmpty();
    assertThat(search("paed")).containsExactly("Ana Ruiz");
  }

  @Test
  void theApiSearchesTheSameFields() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    api.get("/api/v1/contacts?q=sourdough")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].fullName").value("Cleo Park"));
    api.get("/api/v1/contacts?q=rowing")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].fullName").value("Bob Lee"));
    api.get("/api/v1/contacts?q=dcole@fabrikam.example")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].fullName").value("Dan Cole"));
  }
}

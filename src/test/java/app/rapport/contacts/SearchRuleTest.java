package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.model.Tier;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search as you type reads the full-text index ({@code contact_search}: FTS5 on SQLite, a text
 * search vector on PostgreSQL), for short words and long. The people found, their order and their
 * count are those of the plain rule: every word typed begins a word of the person's name,
 * organisation, title, industry, emails, tags, notes or how we met.
 */
class SearchRuleTest extends DatabaseTestBase {

  private static final List<String> FIRST =
      List.of("Ana", "Anabel", "Kamal", "Karen", "Kai", "Maria", "Mario", "Marek", "Zoë", "Ken");
  private static final List<String> LAST =
      List.of("Ka", "Kane", "Ruiz", "Marsh", "Anand", "Zhou", "Okafor", "Kaur", "Ma");
  private static final List<String> COMPANIES =
      List.of("Kaiser Health", "Marathon Bank", "Zenith", "Anker Works", "K2 Labs");
  private static final List<String> TAGS = List.of("kayak", "board", "alumni", "mar");

  @Autowired ContactService contacts;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private ContactCommand person(String name, String company, String tag, String notes, Tier tier) {
    return new ContactCommand(
        name,
        List.of(),
        List.of(),
        null,
        company,
        null,
        null,
        tier,
        tag == null ? List.of() : List.of(tag),
        notes,
        null,
        null,
        null);
  }

  private Contact add(String name, String company, String tag, String notes) {
    return contacts.addContact(account.id(), person(name, company, tag, notes, Tier.NETWORK));
  }

  /** A crowd whose words share many beginnings, as a large network's do. */
  private List<ContactCommand> crowd(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ContactCommand> people = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      people.add(
          person(
              FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size())),
              random.nextInt(4) == 0 ? null : COMPANIES.get(random.nextInt(COMPANIES.size())),
              random.nextInt(3) == 0 ? TAGS.get(random.nextInt(TAGS.size())) : null,
              random.nextInt(5) == 0 ? "Met at the marina; plays kalimba." : null,
              Tier.values()[random.nextInt(Tier.values().length)]));
    }
    return people;
  }

  private List<Long> allPages(ContactFilter filter, int size) {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      var result = contacts.list(account.id(), filter, new PageRequest(page, size));
      if (result.items().isEmpty()) {
        return ids;
      }
      result.items().forEach(p -> ids.add(p.id()));
    }
  }

  private static Predicate<Contact> matches(String query) {
    List<String> typed = Arrays.asList(Text.words(query).split(" "));
    return c -> {
      List<String> words = Arrays.asList(ContactService.searchBody(c.toCommand()).split(" "));
      return typed.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    };
  }

  @Test
  void everyShortOrLongSearchFindsWhatThePlainRuleFindsInNameOrder() {
    crowd(120, 7).forEach(c -> contacts.addContact(account.id(), c));
    // the database's own name order, everyone: a search must keep it
    List<Long> everyone =
        allPages(new ContactFilter(null, null, null, ContactFilter.Sort.NAME), 50);
    Map<Long, Contact> byId =
        contacts.getAll(account.id(), everyone).stream()
            .collect(Collectors.toMap(Contact::id, c -> c));

    for (String query :
        List.of(
            "k",
            "ka",
            "kai",
            "kaur",
            "kala",
            "m",
            "ma",
            "mar",
            "mari",
            "maria",
            "marathon",
            "z",
            "zo",
            "zoe",
            "Zoë K",
            "an k",
            "ka ma",
            "a z",
            "k2",
            "2",
            "mar ka",
            "ken ma",
            "q",
            "kaz")) {
      List<Long> expected =
          everyone.stream().filter(id -> matches(query).test(byId.get(id))).toList();
      ContactFilter filter = new ContactFilter(query, null, null, ContactFilter.Sort.NAME);
      assertThat(allPages(filter, 7)).as(query).isEqualTo(expected);
      assertThat(contacts.list(account.id(), filter, PageRequest.of(0, 5)).total())
          .as(query)
          .isEqualTo(expected.size());
      assertThat(contacts.listForPage(account.id(), filter, PageRequest.of(0, 5)).total())
          .as(query)
          .isEqualTo(expected.size());
      for (ContactFilter.Sort sort :
          List.of(ContactFilter.Sort.ORGANIZATION, ContactFilter.Sort.RECENTLY_ADDED)) {
        assertThat(allPages(new ContactFilter(query, null, null, sort), 9))
            .as(query + " sorted by " + sort)
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void aShortSearchKeepsTheTierAndTagFilters() {
    crowd(80, 11).forEach(c -> contacts.addContact(account.id(), c));
    List<Long> everyone =
        allPages(new ContactFilter(null, null, null, ContactFilter.Sort.NAME), 50);
    Map<Long, Contact> byId =
        contacts.getAll(account.id(), everyone).stream()
            .collect(Collectors.toMap(Contact::id, c -> c));
    List<Long> expected =
        everyone.stream()
            .filter(
                id -> {
                  Contact c = byId.get(id);
                  return matches("ka").test(c)
                      && c.tier() == Tier.NETWORK
                      && c.tags().contains("kayak");
                })
            .toList();
    assertThat(expected).isNotEmpty();
    ContactFilter filter = new ContactFilter("ka", "kayak", Tier.NETWORK, ContactFilter.Sort.NAME);
    assertThat(allPages(filter, 2)).isEqualTo(expected);
    assertThat(contacts.listForPage(account.id(), filter, PageRequest.of(0, 2)).total())
        .isEqualTo(expected.size());
    assertThat(contacts.list(account.id(), filter, PageRequest.of(0, 2)).total())
        .isEqualTo(expected.size());

    // the tag alone: on PostgreSQL the count then reads the search index without people's rows
    List<Long> tagged =
        everyone.stream()
            .filter(id -> matches("ka").test(byId.get(id)) && byId.get(id).tags().contains("kayak"))
            .toList();
    assertThat(tagged).hasSizeGreaterThan(expected.size());
    ContactFilter tagOnly = new ContactFilter("ka", "kayak", null, ContactFilter.Sort.NAME);
    assertThat(allPages(tagOnly, 2)).isEqualTo(tagged);
    assertThat(contacts.listForPage(account.id(), tagOnly, PageRequest.of(0, 2)).total())
        .isEqualTo(tagged.size());
    assertThat(contacts.list(account.id(), tagOnly, PageRequest.of(0, 2)).total())
        .isEqualTo(tagged.size());
  }

  @Test
  void aRenamedPersonIsFoundByTheNewNameOnlyAndStillInNameOrder() {
    Contact karen = add("Karen Marsh", null, null, null);
    add("Kai Zhou", null, null, null);
    Contact current = contacts.get(account.id(), karen.id());
    ContactCommand c = current.toCommand();
    contacts.editContact(
        account.id(),
        karen.id(),
        current.version(),
        new ContactCommand(
                "Kyra Bell",
                c.emails(),
                c.phones(),
                c.linkedinUrl(),
                c.company(),
                c.title(),
                c.industry(),
                c.tier(),
                c.tags(),
                c.notes(),
                c.howWeMet(),
                c.knownSince(),
                c.cadenceDays())
            .withCareer(c.career()));

    assertThat(names("ka")).containsExactly("Kai Zhou");
    assertThat(names("mar")).isEmpty();
    assertThat(names("k")).containsExactly("Kai Zhou", "Kyra Bell");
    assertThat(names("b")).containsExactly("Kyra Bell");
  }

  @Test
  void aDeletedPersonIsNotFoundUntilRestoredNorAfterThePurge() {
    Contact karen = add("Karen Marsh", null, null, null);
    add("Kai Zhou", null, null, null);
    contacts.deleteContact(account.id(), karen.id());
    assertThat(names("ka")).containsExactly("Kai Zhou");
    ContactFilter ka = new ContactFilter("ka", null, null, ContactFilter.Sort.NAME);
    assertThat(contacts.listForPage(account.id(), ka, PageRequest.of(0, 5)).total()).isEqualTo(1);
    assertThat(contacts.list(account.id(), ka, PageRequest.of(0, 5)).total()).isEqualTo(1);
    contacts.restoreContact(account.id(), karen.id());
    assertThat(names("ka")).containsExactly("Kai Zhou", "Karen Marsh");

    contacts.deleteContact(account.id(), karen.id());
    clock.advance(Duration.ofDays(31));
    contacts.purgeExpiredDeletions();
    assertThat(names("ka")).containsExactly("Kai Zhou");
    assertThat(names("karen marsh")).isEmpty();
  }

  @Test
  void importedPeopleAreFoundByTheirFirstLetters() {
    long id = Ids.next();
    contacts.importPeople(
        account.id(),
        null,
        List.of(
            new NewContact(
                id, person("Mario Okafor", "Kaiser Health", null, null, Tier.NETWORK), null)),
        List.of());
    assertThat(names("ok")).containsExactly("Mario Okafor");
    assertThat(names("kai he")).containsExactly("Mario Okafor");
  }

  @Test
  void thePageAndTheApiAnswerAShortSearch() throws Exception {
    add("Karen Marsh", null, null, null);
    add("Kai Zhou", "Marathon Bank", null, null);
    add("Ana Ruiz", null, null, null);
    assertThat(
            Html.of(
                    mvc.perform(get("/people").param("q", "ma").header("HX-Request", "true"))
                        .andExpect(status().isOk()))
                .select(".person-name")
                .eachText())
        .containsExactly("Kai Zhou", "Karen Marsh");
    new ApiClient(mvc, tokens)
        .get("/api/v1/contacts?q=ka")
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].fullName").value("Kai Zhou"))
        .andExpect(jsonPath("$.items[1].fullName").value("Karen Marsh"));
  }

  /**
   * Whatever is typed, in any script and with any punctuation, search answers with the plain rule
   * and never an error: each word typed reaches the index as one token, which the SQLite index
   * (positions not kept) needs, as two tokens in quotes would ask it for a phrase.
   */
  @Test
  void anythingTypedIsAnsweredByThePlainRule() {
    List<String> names =
        List.of(
            "Zoë O'Brien-Kaur",
            "José Álvarez",
            "Ἀλέξανδρος Παππάς",
            "Дмитрий Ковалёв",
            "王小明",
            "محمد الحسن",
            "ꞯara 𞤀𞤢𞤣𞤵 Diallo",
            "Nguyễn Thị Hồng",
            "Ana AND Ruiz",
            "Kai \"K2\" Zhou");
    for (String name : names) {
      add(name, "Near*Works", null, "Met at 3:00 (NOT late)");
    }
    List<Long> everyone =
        allPages(new ContactFilter(null, null, null, ContactFilter.Sort.NAME), 50);
    Map<Long, Contact> byId =
        contacts.getAll(account.id(), everyone).stream()
            .collect(Collectors.toMap(Contact::id, c -> c));
    String typable = String.join(" ", names) + " \"*^:()-+'.,;NEAR OR AND NOT 🙂\u0301";
    int[] points = typable.codePoints().toArray();
    SplittableRandom random = new SplittableRandom(29);
    for (int i = 0; i < 300; i++) {
      StringBuilder typed = new StringBuilder();
      int length = 1 + random.nextInt(6);
      int from = random.nextInt(points.length);
      for (int k = 0; k < length; k++) {
        typed.appendCodePoint(
            random.nextInt(3) == 0
                ? points[random.nextInt(points.length)]
                : points[(from + k) % points.length]);
      }
      String query = typed.toString();
      if (Text.words(query).isEmpty()) {
        continue;
      }
      List<Long> expected =
          everyone.stream().filter(id -> matches(query).test(byId.get(id))).toList();
      assertThat(allPages(new ContactFilter(query, null, null, ContactFilter.Sort.NAME), 50))
          .as(query)
          .isEqualTo(expected);
    }
  }

  private List<String> names(String query) {
    return Searching.names(contacts, account.id(), query);
  }
}

package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Tier;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paging through the people list gives everyone once, in the order chosen, whatever the page. */
class ContactListTest extends DatabaseTestBase {

  @Autowired ContactService contacts;

  private void add(String name, String company, String tag) {
    contacts.addContact(
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
            tag == null ? List.of() : List.of(tag),
            null,
            null,
            null,
            null));
    clock.advance(java.time.Duration.ofMinutes(1));
  }

  private List<String> allPages(ContactFilter filter, int size) {
    List<String> names = new ArrayList<>();
    for (int page = 0; ; page++) {
      var result = contacts.list(account.id(), filter, new PageRequest(page, size));
      assertThat(result.total()).isGreaterThanOrEqualTo(names.size());
      if (result.items().isEmpty()) {
        return names;
      }
      result.items().forEach(person -> names.add(person.fullName()));
    }
  }

  @Test
  void everySortPagesThroughEveryoneOnceInOrder() {
    add("Maria Nguyen", "Woodgrove Bank", "board");
    add("Ana Ruiz", "Contoso Health", null);
    add("Luis Okafor", null, "board");
    add("Zoë Brown", "Contoso Health", "board");
    add("Chen Wang", "Adventure Works", null);
    add("Ana Silva", null, "board");
    add("Priya Patel", "Woodgrove Bank", null);

    assertThat(allPages(new ContactFilter(null, null, null, ContactFilter.Sort.NAME), 3))
        .containsExactly(
            "Ana Ruiz",
            "Ana Silva",
            "Chen Wang",
            "Luis Okafor",
            "Maria Nguyen",
            "Priya Patel",
            "Zoë Brown");
    assertThat(allPages(new ContactFilter(null, null, null, ContactFilter.Sort.ORGANIZATION), 2))
        .containsExactly(
            "Chen Wang",
            "Ana Ruiz",
            "Zoë Brown",
            "Maria Nguyen",
            "Priya Patel",
            "Ana Silva",
            "Luis Okafor");
    assertThat(allPages(new ContactFilter(null, null, null, ContactFilter.Sort.RECENTLY_ADDED), 4))
        .containsExactly(
            "Priya Patel",
            "Ana Silva",
            "Chen Wang",
            "Zoë Brown",
            "Luis Okafor",
            "Ana Ruiz",
            "Maria Nguyen");
    assertThat(allPages(new ContactFilter("an", "board", null, ContactFilter.Sort.NAME), 1))
        .containsExactly("Ana Silva");
    assertThat(allPages(new ContactFilter("contoso", null, null, ContactFilter.Sort.NAME), 1))
        .containsExactly("Ana Ruiz", "Zoë Brown");
  }
}

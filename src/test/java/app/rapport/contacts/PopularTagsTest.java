package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Tier;
import app.rapport.support.DatabaseTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PopularTagsTest extends DatabaseTestBase {

  @Autowired ContactService contacts;

  private Contact tagged(String name, String... tags) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            Tier.NETWORK,
            List.of(tags),
            null,
            null,
            null,
            null));
  }

  @Test
  void theMostUsedTagsComeFirstAndDeletedPeopleDoNotCount() {
    tagged("Ana Ruiz", "mentor", "university");
    tagged("Luis Okafor", "Mentor");
    Contact maria = tagged("Maria Nguyen", "board", "university");
    Contact james = tagged("James Patel", "board");
    tagged("Priya Wang", "board");

    assertThat(contacts.popularTags(account.id(), 10))
        .containsExactly("board", "Mentor", "university");

    contacts.deleteContact(account.id(), maria.id());
    contacts.deleteContact(account.id(), james.id());
    assertThat(contacts.popularTags(account.id(), 10))
        .containsExactly("Mentor", "board", "university");
    assertThat(contacts.popularTags(account.id(), 1)).containsExactly("Mentor");

    contacts.restoreContact(account.id(), james.id());
    assertThat(contacts.popularTags(account.id(), 10))
        .containsExactly("board", "Mentor", "university");
  }
}

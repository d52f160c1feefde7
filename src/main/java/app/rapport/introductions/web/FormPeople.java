package app.rapport.introductions.web;

import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.introductions.PeopleByName;
import app.rapport.introductions.PersonInput;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How forms name people, the same on every form: a person fixed by the page the form came from
 * (shown, not typed), or a name typed, with the namesakes to choose from when several people share
 * it. {@code "new"} in an id field means "someone new with this name".
 */
@Component
public class FormPeople {

  public static final String NEW = "new";

  private final ContactService contacts;
  private final PeopleByName people;

  FormPeople(ContactService contacts, PeopleByName people) {
    this.contacts = contacts;
    this.people = people;
  }

  /** The person an id names, when the form fixed them (an id and no name typed). */
  public Optional<Choice> fixed(long account, String id, String name) {
    if (Text.trimToNull(name) != null) {
      return Optional.empty();
    }
    return Ids.parse(id)
        .flatMap(parsed -> contacts.getMany(account, List.of(parsed)).stream().findFirst())
        .map(Choice::of);
  }

  /**
   * The people to choose from for a name typed: those called exactly this when there are several,
   * or, when nobody is, those whose names come close.
   */
  public List<Choice> namesakes(long account, String name) {
    List<ContactSummary> found = people.named(account, name);
    if (found.isEmpty()) {
      return people.similar(account, name).stream().map(Choice::of).toList();
    }
    return found.size() < 2 ? List.of() : found.stream().map(Choice::of).toList();
  }

  /** What the form's id, name and company fields say about a person. */
  public static PersonInput input(String id, String name, String company) {
    if (NEW.equals(id)) {
      return new PersonInput(null, name, company, true, true);
    }
    return new PersonInput(Ids.parse(id).orElse(null), name, company, false, true);
  }
}

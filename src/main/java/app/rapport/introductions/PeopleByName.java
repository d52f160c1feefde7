package app.rapport.introductions;

import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.model.Tier;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import app.rapport.platform.db.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the people a form or an API call names into people in Rapport: by id, or by name, adding
 * someone new when nobody has that name. Introductions, links and opportunities all name people
 * this way, so a person is found (or refused) by the same rules wherever they are typed.
 */
@Component
public class PeopleByName {

  /** At most this many namesakes are offered to choose from. */
  static final int NAMESAKES = 10;

  /** At most this many people with names like the one typed are offered. */
  static final int SIMILAR = 6;

  private final PeopleRepository people;
  private final ContactService contacts;

  PeopleByName(PeopleRepository people, ContactService contacts) {
    this.people = people;
    this.contacts = contacts;
  }

  /**
   * Where a person's problems are reported: the field of the id, of the name and of the
   * organisation, and what to say when nobody was named at all.
   */
  public record Fields(String id, String name, String company, String missing) {}

  /** A person named: someone in Rapport ({@code contactId} set), or someone to add. */
  public record Resolved(Long contactId, String fullName, String company) {

    public boolean isNew() {
      return contactId == null;
    }

    /** Whether this and that are the same person (two new people are if they share a name). */
    public boolean samePersonAs(Resolved that) {
      if (contactId != null || that.contactId != null) {
        return contactId != null && contactId.equals(that.contactId);
      }
      return Text.fold(fullName).equals(Text.fold(that.fullName));
    }
  }

  /** The people in Rapport called exactly this (ignoring case and accents), to choose from. */
  public List<ContactSummary> named(long account, String name) {
    if (Text.trimToNull(name) == null) {
      return List.of();
    }
    return contacts.getMany(account, people.named(account, name, NAMESAKES));
  }

  /**
   * The person the input names, or null (with the reason added to {@code problems}) when it names
   * nobody, someone deleted, or several people.
   */
  public Resolved resolve(
      long account, PersonInput input, Fields fields, List<FieldProblem> problems) {
    if (input == null || input.isEmpty()) {
      problems.add(new FieldProblem(fields.name(), fields.missing()));
      return null;
    }
    int before = problems.size();
    if (input.fullName() != null && input.fullName().length() > 200) {
      problems.add(new FieldProblem(fields.name(), "A name has at most 200 characters."));
    }
    if (input.company() != null && input.company().length() > 200) {
      problems.add(
          new FieldProblem(fields.company(), "An organisation's name has at most 200 characters."));
    }
    if (problems.size() > before) {
      return null;
    }
    if (input.contactId() != null) {
      Map<Long, String> live = people.live(account, List.of(input.contactId()));
      String name = live.get(input.contactId());
      if (name == null) {
        problems.add(
            new FieldProblem(
                fields.id(), "There is no such person in Rapport (they may have been deleted)."));
        return null;
      }
      if (input.fullName() == null
          || Text.fold(input.fullName()).equals(Text.fold(name))
          || (input.askIfSimilar() && isSimilar(account, input.fullName(), input.contactId()))) {
        // the person chosen for the name typed, among those called so or those it comes close to
        return new Resolved(input.contactId(), name, null);
      }
    }
    if (input.fullName() == null) {
      problems.add(new FieldProblem(fields.name(), fields.missing()));
      return null;
    }
    if (input.addNew()) {
      return new Resolved(null, input.fullName(), input.company());
    }
    List<Long> namesakes = people.named(account, input.fullName(), NAMESAKES);
    if (namesakes.size() == 1) {
      long id = namesakes.get(0);
      return new Resolved(
          id, people.live(account, namesakes).getOrDefault(id, input.fullName()), null);
    }
    if (namesakes.size() > 1) {
      problems.add(
          new FieldProblem(
              fields.name(),
              namesakes.size()
                  + " people in Rapport are called "
                  + input.fullName()
                  + ". Choose which one you mean, or say it is someone new."));
      return null;
    }
    if (input.askIfSimilar() && !similar(account, input.fullName()).isEmpty()) {
      problems.add(
          new FieldProblem(
              fields.name(),
              "No one in Rapport is called exactly "
                  + input.fullName()
                  + ". Choose whom you mean, or say it is someone new."));
      return null;
    }
    return new Resolved(null, input.fullName(), input.company());
  }

  private boolean isSimilar(long account, String name, long contactId) {
    return similar(account, name).stream().anyMatch(c -> c.id() == contactId);
  }

  /** People whose names come close to this one (the search people use), to choose from. */
  public List<ContactSummary> similar(long account, String name) {
    if (Text.trimToNull(name) == null) {
      return List.of();
    }
    return contacts
        .list(
            account,
            new ContactFilter(name, null, null, ContactFilter.Sort.NAME),
            new PageRequest(0, SIMILAR))
        .items();
  }

  /**
   * The person's id, adding them first when they are new: as an acquaintance (no reminders until
   * the user chooses a tier), with how they came to be known.
   */
  public long ensure(long account, Resolved person, String howWeMet, LocalDate knownSince) {
    if (!person.isNew()) {
      return person.contactId();
    }
    return contacts
        .addContact(
            account,
            new ContactCommand(
                person.fullName(),
                List.of(),
                List.of(),
                null,
                person.company(),
                null,
                null,
                Tier.ACQUAINTANCE,
                List.of(),
                null,
                howWeMet,
                knownSince,
                null))
        .id();
  }
}

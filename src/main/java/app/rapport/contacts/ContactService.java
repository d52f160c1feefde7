package app.rapport.contacts;

import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: adding, finding, editing and deleting (with undo) the people in the user's network. */
@Service
public class ContactService {

  /** How long a deleted person can be brought back before they are removed for good. */
  public static final Duration UNDO_WINDOW = Duration.ofDays(30);

  private static final Logger log = LoggerFactory.getLogger(ContactService.class);

  private final ContactRepository contacts;
  private final OrganizationService organizations;
  private final KeepInTouchService keepInTouch;
  private final Phones phones;
  private final Rules rules;
  private final Clock clock;

  ContactService(
      ContactRepository contacts,
      OrganizationService organizations,
      KeepInTouchService keepInTouch,
      Phones phones,
      Rules rules,
      Clock clock) {
    this.contacts = contacts;
    this.organizations = organizations;
    this.keepInTouch = keepInTouch;
    this.phones = phones;
    this.rules = rules;
    this.clock = clock;
  }

  public Contact get(long account, long id) {
    return contacts
        .find(account, id)
        .filter(contact -> !contact.isDeleted())
        .orElseThrow(() -> ContactNotFound.forId(id));
  }

  public PageResult<ContactSummary> list(long account, ContactFilter filter, PageRequest page) {
    return PageResult.of(
        contacts.list(account, filter, page), page, contacts.count(account, filter));
  }

  public PageResult<ContactSummary> recentlyDeleted(long account, PageRequest page) {
    return PageResult.of(contacts.deleted(account, page), page, contacts.countDeleted(account));
  }

  /** How many people the user met between two days, the second not included. */
  public long countMetBetween(long account, LocalDate from, LocalDate until) {
    return contacts.countMetBetween(
        account,
        from,
        until,
        from.atStartOfDay(clock.getZone()).toInstant(),
        until.atStartOfDay(clock.getZone()).toInstant());
  }

  /** People by id, in the order given, deleted ones included (a touchpoint may still name them). */
  public List<ContactSummary> getMany(long account, List<Long> ids) {
    return contacts.summariesOf(account, ids);
  }

  public List<String> popularTags(long account, int limit) {
    return contacts.popularTags(account, limit);
  }

  @Transactional
  public Contact addContact(long account, ContactCommand command) {
    ContactCommand clean = check(command);
    long id = Ids.next();
    contacts.insert(account, id, clean, organizationOf(account, clean), clock.instant());
    saveDetails(account, id, clean);
    keepInTouch.contactsChanged(account, List.of(id));
    return get(account, id);
  }

  @Transactional
  public Contact editContact(long account, long id, int version, ContactCommand command) {
    get(account, id);
    ContactCommand clean = check(command);
    if (!contacts.update(
        account, id, version, clean, organizationOf(account, clean), clock.instant())) {
      throw new StaleEdit("person");
    }
    saveDetails(account, id, clean);
    keepInTouch.contactsChanged(account, List.of(id));
    return get(account, id);
  }

  /** Deletes a person; {@link #restoreContact} brings them back within {@link #UNDO_WINDOW}. */
  @Transactional
  public Contact deleteContact(long account, long id) {
    Contact contact = get(account, id);
    contacts.markDeleted(account, id, clock.instant());
    return contact;
  }

  @Transactional
  public void restoreContact(long account, long id) {
    if (!contacts.restore(account, id)) {
      throw ContactNotFound.forId(id);
    }
  }

  @Scheduled(cron = "0 17 3 * * *")
  @Transactional
  public void purgeExpiredDeletions() {
    int purged = contacts.purgeDeletedBefore(clock.instant().minus(UNDO_WINDOW));
    if (purged > 0) {
      log.info("Removed {} people deleted more than {} days ago", purged, UNDO_WINDOW.toDays());
    }
  }

  /** Every problem with a command, for a form that has its own problems to show beside them. */
  public List<FieldProblem> problemsWith(ContactCommand command) {
    ContactCommand clean = command.normalised();
    List<FieldProblem> problems = new ArrayList<>(rules.problems(clean));
    problems.addAll(ownProblems(clean));
    return problems;
  }

  public PageResult<Contact> listFull(long account, ContactFilter filter, PageRequest page) {
    PageResult<ContactSummary> summaries = list(account, filter, page);
    return new PageResult<>(
        contacts.findAll(account, summaries.items().stream().map(ContactSummary::id).toList()),
        summaries.page(),
        summaries.size(),
        summaries.total());
  }

  private ContactCommand check(ContactCommand command) {
    ContactCommand clean = command.normalised();
    rules.check(clean, ownProblems(clean));
    return clean.withPhones(clean.phones().stream().map(phones::normalise).toList());
  }

  private List<FieldProblem> ownProblems(ContactCommand clean) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < clean.phones().size(); i++) {
      String value = clean.phones().get(i).value();
      if (value.length() <= 40 && !phones.isPossible(value)) {
        problems.add(
            new FieldProblem(
                "phones[" + i + "].value",
                "This does not look like a phone number. Include the country code if it is abroad,"
                    + " for example +44 20 7946 0958."));
      }
    }
    LocalDate today = LocalDate.now(clock);
    if (clean.knownSince() != null && clean.knownSince().isAfter(today)) {
      problems.add(new FieldProblem("knownSince", "This date is in the future."));
    }
    LocalDate toldOn = clean.career().knowsGoalSince();
    if (toldOn != null && toldOn.isAfter(today)) {
      problems.add(new FieldProblem("career.knowsGoalSince", "This date is in the future."));
    }
    return problems;
  }

  private Long organizationOf(long account, ContactCommand command) {
    return command.company() == null ? null : organizations.resolve(account, command.company());
  }

  private void saveDetails(long account, long id, ContactCommand command) {
    contacts.replaceDetails(account, id, command);
    contacts.index(account, id, searchBody(command));
  }

  /** The words the search index holds for a person; bulk loaders index with the same rule. */
  public static String searchBody(ContactCommand c) {
    return Text.words(
        String.join(
            " ",
            Stream.of(
                    Stream.of(c.fullName(), c.company(), c.title(), c.industry()),
                    c.emails().stream().map(EmailAddress::value),
                    c.tags().stream(),
                    Stream.of(c.notes(), c.howWeMet()))
                .flatMap(s -> s)
                .filter(s -> s != null)
                .toList()));
  }
}

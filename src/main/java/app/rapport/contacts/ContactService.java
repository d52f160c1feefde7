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

  /**
   * How far the people page counts matches of a search as you type: past this many, it says "more
   * than" and asks for more letters, because counting every match of two letters among 100,000
   * people would cost more than showing them.
   */
  public static final int COUNT_CAP = 1000;

  /**
   * One page of people for the people page: like {@link #list}, but a search counts its matches
   * only up to {@link #COUNT_CAP} (the total is then {@code COUNT_CAP + 1}).
   */
  public PageResult<ContactSummary> listForPage(
      long account, ContactFilter filter, PageRequest page) {
    long total =
        filter.query() == null
            ? contacts.count(account, filter)
            : contacts.countUpTo(account, filter, COUNT_CAP + 1);
    return PageResult.of(contacts.list(account, filter, page), page, total);
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

  /**
   * The tags in use, most used first, for the people list's filter. Counting them reads every tag
   * of the network, so the answer is kept for a minute, and forgotten when a person changes.
   */
  public List<String> popularTags(long account, int limit) {
    CachedTags cached = tagCache.get(account);
    if (cached == null
        || cached.limit() < limit
        || cached.at().isBefore(clock.instant().minus(TAG_CACHE_LIFE))) {
      cached = new CachedTags(clock.instant(), limit, contacts.popularTags(account, limit));
      tagCache.put(account, cached);
    }
    return cached.tags().stream().limit(limit).toList();
  }

  /** Forgets the tags counted for an account: a person was added, changed or removed. */
  public void tagsChanged(long account) {
    tagCache.remove(account);
  }

  private static final Duration TAG_CACHE_LIFE = Duration.ofMinutes(1);

  private record CachedTags(java.time.Instant at, int limit, List<String> tags) {}

  private final java.util.Map<Long, CachedTags> tagCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Transactional
  public Contact addContact(long account, ContactCommand command) {
    ContactCommand clean = check(command);
    long id = Ids.next();
    contacts.insert(account, id, clean, organizationOf(account, clean), clock.instant());
    saveDetails(account, id, clean);
    keepInTouch.contactsChanged(account, List.of(id));
    tagsChanged(account);
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
    tagsChanged(account);
    return get(account, id);
  }

  /** Deletes a person; {@link #restoreContact} brings them back within {@link #UNDO_WINDOW}. */
  @Transactional
  public Contact deleteContact(long account, long id) {
    Contact contact = get(account, id);
    contacts.markDeleted(account, id, clock.instant());
    tagsChanged(account);
    return contact;
  }

  @Transactional
  public void restoreContact(long account, long id) {
    if (!contacts.restore(account, id)) {
      throw ContactNotFound.forId(id);
    }
    tagsChanged(account);
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

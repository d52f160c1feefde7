package app.rapport.contacts;

import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.PlausibleDates;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * Published in the merging transaction, after the kept person has taken the merged one's details
   * and before the merged one is marked deleted: every feature that keeps rows about people moves
   * the merged-away person's rows to the kept one here (touchpoints, introductions, opportunities),
   * recording in the log which rows it moved, so that {@link ContactsUnmerged} can move exactly
   * those back.
   */
  public record ContactsMerged(long account, long mergedAwayId, long keptId, MergeLog log) {}

  /** Published when a merge is undone, with the log the merge filled in. */
  public record ContactsUnmerged(long account, long mergedAwayId, long keptId, MergeLog log) {}

  private final ContactRepository contacts;
  private final ContactBatchRepository batches;
  private final ContactMergeRepository merges;
  private final tools.jackson.databind.json.JsonMapper json;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final app.rapport.platform.db.TableStatistics statistics;
  private final OrganizationService organizations;
  private final KeepInTouchService keepInTouch;
  private final Phones phones;
  private final Rules rules;
  private final Clock clock;

  ContactService(
      ContactRepository contacts,
      ContactBatchRepository batches,
      ContactMergeRepository merges,
      tools.jackson.databind.json.JsonMapper json,
      org.springframework.context.ApplicationEventPublisher events,
      app.rapport.platform.db.TableStatistics statistics,
      OrganizationService organizations,
      KeepInTouchService keepInTouch,
      Phones phones,
      Rules rules,
      Clock clock) {
    this.contacts = contacts;
    this.batches = batches;
    this.merges = merges;
    this.json = json;
    this.events = events;
    this.statistics = statistics;
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

  /** How many people the account holds, as the people page counts them with no filter. */
  public long count(long account) {
    return contacts.count(account, ContactFilter.all());
  }

  public PageResult<ContactSummary> list(long account, ContactFilter filter, PageRequest page) {
    long total = contacts.count(account, filter);
    return PageResult.of(contacts.list(account, filter, page, total <= COUNT_CAP), page, total);
  }

  /**
   * How far the people page counts matches of a search as you type: past this many, it says "more
   * than" and asks for more letters, because counting every match of two letters among 100,000
   * people would cost more than showing them. It is also where a search's matches stop being few
   * enough to gather and sort (see {@code ContactRepository.list}).
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
    return PageResult.of(contacts.list(account, filter, page, total <= COUNT_CAP), page, total);
  }

  public PageResult<ContactSummary> recentlyDeleted(long account, PageRequest page) {
    return PageResult.of(
        contacts.deleted(account, page), page, () -> contacts.countDeleted(account));
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

  private record CachedTags(Instant at, int limit, List<String> tags) {}

  private final Map<Long, CachedTags> tagCache = new ConcurrentHashMap<>();

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
    birthdayProblem(clean.birthday(), today)
        .ifPresent(message -> problems.add(new FieldProblem("birthday", message)));
    return problems;
  }

  /** A birthday with its year must be a real day between 1900 and today. */
  static java.util.Optional<String> birthdayProblem(Birthday birthday, LocalDate today) {
    if (birthday == null || birthday.year() == null) {
      return java.util.Optional.empty();
    }
    int year = birthday.year();
    if (!birthday.monthDay().isValidYear(year)) {
      return java.util.Optional.of(
          year + " was not a leap year, so it had no 29 February. Check the year or the day.");
    }
    if (year < PlausibleDates.FIRST_YEAR || birthday.monthDay().atYear(year).isAfter(today)) {
      return java.util.Optional.of(
          "Use a birthday between "
              + PlausibleDates.FIRST_YEAR
              + " and today, or leave the year out, for example --04-21.");
    }
    return java.util.Optional.empty();
  }

  private Long organizationOf(long account, ContactCommand command) {
    return command.company() == null ? null : organizations.resolve(account, command.company());
  }

  private void saveDetails(long account, long id, ContactCommand command) {
    contacts.replaceDetails(account, id, command);
    contacts.index(account, id, searchBody(command));
  }

  // ---- everyone, for exports
  // ----------------------------------------------------------------------

  /**
   * Hands every person not deleted to {@code slice}, in name order, {@code size} at a time, each
   * slice read in a fixed number of queries: an export streams however large the network.
   */
  public void forEachContact(
      long account, int size, java.util.function.Consumer<List<Contact>> slice) {
    String afterName = "";
    long afterId = Long.MIN_VALUE;
    while (true) {
      List<Long> ids = contacts.liveIdsAfter(account, afterName, afterId, size);
      if (ids.isEmpty()) {
        return;
      }
      List<Contact> people = contacts.findAll(account, ids);
      slice.accept(people);
      Contact last = people.get(people.size() - 1);
      afterName = Text.fold(last.fullName());
      afterId = last.id();
    }
  }

  /** The most email addresses and the most phone numbers any one person has. */
  public int[] mostDetails(long account) {
    return contacts.mostDetails(account);
  }

  // ---- possible duplicates and merging ----------------------------------------------------------

  /**
   * People who may be one person, strongest reason first: a LinkedIn profile, an email address or a
   * phone number in common, then the same name at the same organisation, then the same name. Pairs
   * the user said are different people are left out.
   */
  public PageResult<DuplicatePair> possibleDuplicates(long account, PageRequest page) {
    ContactMergeRepository.Found found = merges.pairs(account, page);
    return PageResult.of(describe(account, found.pairs()), page, found.total());
  }

  private List<DuplicatePair> describe(long account, List<ContactMergeRepository.Pair> pairs) {
    List<Long> ids = new ArrayList<>();
    pairs.forEach(
        p -> {
          ids.add(p.first());
          ids.add(p.second());
        });
    Map<Long, ContactSummary> people = new java.util.HashMap<>();
    contacts
        .summariesOf(account, ids.stream().distinct().toList())
        .forEach(s -> people.put(s.id(), s));
    return pairs.stream()
        .filter(p -> people.containsKey(p.first()) && people.containsKey(p.second()))
        .map(
            p ->
                new DuplicatePair(
                    people.get(p.first()),
                    people.get(p.second()),
                    DuplicateReason.values()[p.reason() - 1]))
        .toList();
  }

  /** "They are different people": the pair is never suggested again. */
  @Transactional
  public void dismissDuplicate(long account, long first, long second) {
    get(account, first);
    get(account, second);
    merges.dismiss(account, first, second, clock.instant());
  }

  /** The kept person as they were before a merge, and their version then. */
  private record Before(ContactCommand command, int version) {}

  /**
   * Makes two people one. The kept person takes, field by field, the value the user chose ({@link
   * MergeChoices}; unnamed fields as {@link MergeChoices#proposed}), and every email address, phone
   * number and tag of both. Everything else of the merged person moves to the kept one: the
   * touchpoints and other features' rows through {@link ContactsMerged}, the follow-ups here. The
   * merged person is kept, deleted and pointing at the kept one, so that the merge can be undone
   * ({@link #undoMerge}) and later imports of them update the kept person.
   *
   * @param keepVersion the version of the kept person the user saw; a later edit makes this fail
   *     with {@link StaleEdit}
   */
  @Transactional
  public ContactMerge mergeContacts(
      long account, long keepId, Integer keepVersion, long mergeId, MergeChoices choices) {
    if (keepId == mergeId) {
      throw InvalidInput.of("mergeId", "Choose two different people.");
    }
    Contact keep = get(account, keepId);
    Contact other = get(account, mergeId);
    int version = keepVersion == null ? keep.version() : keepVersion;
    Instant now = clock.instant();
    ContactCommand merged = check(mergedCommand(keep, other, choices));
    if (!contacts.update(account, keepId, version, merged, organizationOf(account, merged), now)) {
      throw new StaleEdit("person");
    }
    saveDetails(account, keepId, merged);
    MergeLog log = new MergeLog();
    log.record("mergedInto", merges.repoint(account, mergeId, keepId));
    events.publishEvent(new ContactsMerged(account, mergeId, keepId, log));
    log.record("followUps", keepInTouch.moveFollowUps(account, mergeId, keepId));
    merges.markMerged(account, mergeId, keepId, now);
    // both: the kept person gained the touchpoints, the merged one (kept for undo) lost them
    keepInTouch.touchpointsChanged(account, List.of(keepId, mergeId));
    long id = Ids.next();
    merges.insertMerge(
        account,
        id,
        keepId,
        mergeId,
        json.writeValueAsString(new Before(keep.toCommand(), keep.version())),
        version + 1,
        json.writeValueAsString(log.asMap()),
        now);
    return new ContactMerge(id, keepId, mergeId, now, null);
  }

  public ContactMerge getMerge(long account, long id) {
    return merges
        .find(account, id)
        .map(ContactMergeRepository.Stored::merge)
        .orElseThrow(() -> new NotFound("merge", Ids.format(id)));
  }

  /**
   * Takes a merge back: the kept person as they were, the merged one back (with the touchpoints,
   * follow-ups and other rows that moved). Refused once the kept person has been edited since, or
   * took part in a later merge still in place, so that nothing done after the merge is lost.
   *
   * @return the kept person as restored
   */
  @Transactional
  public Contact undoMerge(long account, long id) {
    ContactMergeRepository.Stored stored =
        merges.find(account, id).orElseThrow(() -> new NotFound("merge", Ids.format(id)));
    ContactMerge merge = stored.merge();
    if (merge.undoneAt() != null) {
      throw InvalidInput.of("merge", "This merge was already undone.");
    }
    Contact keep =
        contacts
            .find(account, merge.keptId())
            .filter(c -> !c.isDeleted())
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "merge",
                        "The person kept by this merge was deleted since. Bring them back first,"
                            + " then undo the merge."));
    if (keep.version() != stored.keptVersion()
        || merges.mergedSince(account, keep.id(), merge.mergedAt(), id)) {
      throw InvalidInput.of(
          "merge",
          keep.fullName()
              + " was changed or merged again since, so the merge cannot be undone without losing"
              + " that. Separate them by hand instead.");
    }
    Before before = json.readValue(stored.keptBefore(), Before.class);
    ContactCommand restored = before.command();
    contacts.update(
        account,
        keep.id(),
        keep.version(),
        restored,
        organizationOf(account, restored),
        clock.instant());
    saveDetails(account, keep.id(), restored);
    merges.unmarkMerged(account, merge.mergedId());
    @SuppressWarnings("unchecked")
    Map<String, List<Number>> raw = json.readValue(stored.moved(), Map.class);
    Map<String, List<Long>> moved = new LinkedHashMap<>();
    raw.forEach((key, ids) -> moved.put(key, ids.stream().map(Number::longValue).toList()));
    MergeLog log = new MergeLog(moved);
    merges.pointAt(account, log.get("mergedInto"), merge.mergedId());
    events.publishEvent(new ContactsUnmerged(account, merge.mergedId(), keep.id(), log));
    keepInTouch.moveFollowUpsBack(account, log.get("followUps"), merge.mergedId());
    keepInTouch.touchpointsChanged(account, List.of(keep.id(), merge.mergedId()));
    merges.markUndone(account, id, clock.instant());
    return get(account, keep.id());
  }

  /** The kept person as the merge makes them: the chosen values, the details of both. */
  static ContactCommand mergedCommand(Contact keep, Contact other, MergeChoices choices) {
    MergeChoices proposed = MergeChoices.proposed(keep, other);
    java.util.function.Function<MergeField, MergeSide> side =
        field -> choices.side(field) != null ? choices.side(field) : proposed.side(field);
    List<String> overflow = new ArrayList<>();
    List<EmailAddress> emails = new ArrayList<>(keep.emails());
    java.util.Set<String> emailKeys = new java.util.HashSet<>();
    keep.emails().forEach(e -> emailKeys.add(e.key()));
    for (EmailAddress email : other.emails()) {
      if (emailKeys.add(email.key())) {
        if (emails.size() < 10) {
          emails.add(email);
        } else {
          overflow.add(email.value());
        }
      }
    }
    List<PhoneNumber> phoneList = new ArrayList<>(keep.phones());
    java.util.Set<String> phoneKeys = new java.util.HashSet<>();
    keep.phones().forEach(p -> phoneKeys.add(ContactAddition.phoneKey(p)));
    for (PhoneNumber phone : other.phones()) {
      if (phoneKeys.add(ContactAddition.phoneKey(phone))) {
        if (phoneList.size() < 10) {
          phoneList.add(phone);
        } else {
          overflow.add(phone.value());
        }
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    keep.tags().forEach(t -> tags.putIfAbsent(Text.fold(t), t));
    other.tags().forEach(t -> tags.putIfAbsent(Text.fold(t), t));
    List<String> tagList = new ArrayList<>(tags.values());
    if (tagList.size() > 30) {
      overflow.addAll(tagList.subList(30, tagList.size()));
      tagList = new ArrayList<>(tagList.subList(0, 30));
    }
    String notes = text(side.apply(MergeField.NOTES), keep.notes(), other.notes(), 20000);
    if (!overflow.isEmpty()) {
      String more = "Also had: " + String.join(", ", overflow);
      notes = notes == null ? more : notes + "\n\n" + more;
    }
    CareerFacts career =
        side.apply(MergeField.CAREER) == MergeSide.MERGE ? other.career() : keep.career();
    return new ContactCommand(
        pick(side.apply(MergeField.FULL_NAME), keep.fullName(), other.fullName()),
        emails,
        phoneList,
        pick(side.apply(MergeField.LINKEDIN), keep.linkedinUrl(), other.linkedinUrl()),
        pick(side.apply(MergeField.COMPANY), keep.company(), other.company()),
        pick(side.apply(MergeField.TITLE), keep.title(), other.title()),
        pick(side.apply(MergeField.INDUSTRY), keep.industry(), other.industry()),
        pick(side.apply(MergeField.TIER), keep.tier(), other.tier()),
        tagList,
        notes,
        text(side.apply(MergeField.HOW_WE_MET), keep.howWeMet(), other.howWeMet(), 2000),
        pick(side.apply(MergeField.KNOWN_SINCE), keep.knownSince(), other.knownSince()),
        pick(side.apply(MergeField.CADENCE), keep.cadenceDays(), other.cadenceDays()),
        career,
        pick(side.apply(MergeField.BIRTHDAY), keep.birthday(), other.birthday()));
  }

  private static <T> T pick(MergeSide side, T keep, T other) {
    return side == MergeSide.MERGE ? other : keep;
  }

  private static String text(MergeSide side, String keep, String other, int max) {
    if (side != MergeSide.BOTH) {
      return pick(side, keep, other);
    }
    if (keep == null || other == null || keep.equals(other)) {
      return keep != null ? keep : other;
    }
    String both = keep + "\n\n" + other;
    return both.length() <= max ? both : both.substring(0, max);
  }

  // ---- imports: many people at a time
  // -------------------------------------------------------------

  /** The people already in Rapport that imported people match, by each kind of key. */
  public record KeyMatches(
      Map<String, KnownContact> byLinkedInKey,
      Map<String, KnownContact> byEmailKey,
      Map<String, KnownContact> byPhone,
      Map<String, KnownContact> byRowKey) {}

  /**
   * Looks up, in one query per kind of key, who already has these LinkedIn profiles ({@link
   * LinkedInProfiles#key}), email addresses ({@link EmailAddress#key}) and E.164 numbers. Deleted
   * and merged people are found too, so that an import neither brings back someone the user deleted
   * nor doubles someone merged.
   */
  public KeyMatches findByKeys(
      long account,
      Collection<String> linkedInKeys,
      Collection<String> emailKeys,
      Collection<String> e164s,
      Collection<String> rowKeys) {
    return new KeyMatches(
        batches.byLinkedInKey(account, linkedInKeys),
        batches.byEmailKey(account, emailKeys),
        batches.byPhone(account, e164s),
        batches.byRowKey(account, rowKeys));
  }

  /**
   * Everyone in the account by the UID Rapport's exports give them ({@link ContactUid}), deleted
   * and merged people too. The UID is made from the person's id and cannot be read back, so each
   * person of the account is looked at once: an import asks for it only when its file has UIDs.
   */
  public Map<UUID, KnownContact> byExportedUid(long account) {
    Map<UUID, KnownContact> byUid = new java.util.HashMap<>();
    batches.everyone(account, known -> byUid.put(ContactUid.uuidOf(known.id()), known));
    return byUid;
  }

  /**
   * What identifies a person read from a file who has no key to match on (no LinkedIn profile,
   * email address or valid phone number): the whole row, folded and hashed. The same row imported
   * again finds the person it made; another person of the same name does not.
   */
  public static String rowKey(ContactCommand c) {
    String row =
        String.join(
            "|",
            Text.fold(c.fullName()),
            Text.fold(c.company()),
            Text.fold(c.title()),
            String.valueOf(c.knownSince()),
            String.valueOf(c.birthday()),
            c.phones().stream().map(p -> Text.fold(p.value())).sorted().toList().toString());
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Which of these names ({@link Text#fold}ed) people in Rapport already have. */
  public Set<String> namesInUse(long account, Collection<String> sortNames) {
    return batches.sortNamesInUse(account, sortNames);
  }

  /** People by id, deleted ones included, in the order given. */
  public List<Contact> getAll(long account, List<Long> ids) {
    List<Contact> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += ContactBatchRepository.KEYS_PER_QUERY) {
      found.addAll(
          contacts.findAll(
              account,
              ids.subList(
                  from, Math.min(ids.size(), from + ContactBatchRepository.KEYS_PER_QUERY))));
    }
    return found;
  }

  /** A person read from a file, brought within the rules a person in Rapport keeps to. */
  public record Fitted(ContactCommand command, List<String> notes) {}

  /**
   * Tidies a person read from a file and brings them within the rules a form enforces, so that
   * editing them later passes: an import never refuses a person for a value it can leave out or
   * shorten, and says what it did. Phone numbers get their E.164 form when they are valid.
   */
  public Fitted fitForImport(ContactCommand raw) {
    ContactCommand c = raw.normalised();
    List<String> notes = new ArrayList<>();
    String name = cut(c.fullName(), 200, "The name", notes);
    List<EmailAddress> emails = new ArrayList<>();
    java.util.Set<String> emailKeys = new java.util.HashSet<>();
    for (EmailAddress email : c.emails()) {
      if (email.value().length() > 254 || !EMAIL.matcher(email.value()).matches()) {
        notes.add(
            "The email address \""
                + shorten(email.value())
                + "\" was left out: it does not look like an email address.");
      } else if (emailKeys.add(email.key())) {
        if (emails.size() == 10) {
          notes.add("Only the first 10 email addresses were kept.");
          break;
        }
        emails.add(new EmailAddress(email.value(), cutLabel(email.label())));
      }
    }
    List<PhoneNumber> phoneList = new ArrayList<>();
    java.util.Set<String> phoneKeys = new java.util.HashSet<>();
    for (PhoneNumber phone : c.phones()) {
      if (phone.value().length() > 40) {
        notes.add(
            "The phone number \""
                + shorten(phone.value())
                + "\" was left out: it is longer than 40 characters.");
        continue;
      }
      PhoneNumber normalised =
          phones.normalise(PhoneNumber.of(phone.value(), cutLabel(phone.label())));
      if (phoneKeys.add(ContactAddition.phoneKey(normalised))) {
        if (phoneList.size() == 10) {
          notes.add("Only the first 10 phone numbers were kept.");
          break;
        }
        phoneList.add(normalised);
      }
    }
    String linkedin = c.linkedinUrl();
    if (linkedin != null && (linkedin.length() > 500 || !WEB_ADDRESS.matcher(linkedin).matches())) {
      notes.add(
          "The profile address \""
              + shorten(linkedin)
              + "\" was left out: it is not a web address.");
      linkedin = null;
    }
    List<String> tags = new ArrayList<>();
    for (String tag : c.tags()) {
      if (tags.size() == 30) {
        notes.add("Only the first 30 tags were kept.");
        break;
      }
      tags.add(tag.length() > 50 ? tag.substring(0, 50).strip() : tag);
    }
    LocalDate knownSince = c.knownSince();
    if (knownSince != null && knownSince.isAfter(LocalDate.now(clock))) {
      notes.add("The date " + knownSince + " is in the future, so it was left out.");
      knownSince = null;
    }
    ContactCommand fitted =
        new ContactCommand(
            name,
            emails,
            phoneList,
            linkedin,
            cut(c.company(), 200, "The organisation", notes),
            cut(c.title(), 200, "The role", notes),
            cut(c.industry(), 100, "The industry", notes),
            c.tier() == null ? app.rapport.model.Tier.NETWORK : c.tier(),
            tags,
            cut(c.notes(), 20000, "The notes", notes),
            cut(c.howWeMet(), 2000, "How you met", notes),
            knownSince,
            c.cadenceDays(),
            c.career(),
            c.birthday());
    return new Fitted(fitted, notes);
  }

  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$");

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile(EmailAddress.WHATWG);

  private static String cut(String value, int max, String what, List<String> notes) {
    if (value == null || value.length() <= max) {
      return value;
    }
    notes.add(what + " was cut to " + max + " characters.");
    return value.substring(0, max).strip();
  }

  private static String cutLabel(String label) {
    return label == null || label.length() <= 40 ? label : label.substring(0, 40).strip();
  }

  private static String shorten(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }

  /**
   * Saves what an import brings, in a few batched statements whatever the number of people: new
   * people (with the id the import gave them, noted as added by {@code importBatch}), and what the
   * file adds to people already there (see {@link ContactAddition}). Organisations are resolved
   * once per name, the search index and each person's keep-in-touch state are brought up to date.
   * The people must already be {@linkplain #fitForImport fitted}.
   *
   * @return the additions as saved (with their organisations resolved), to keep for an undo
   */
  @Transactional
  public List<ContactAddition> importPeople(
      long account, Long importBatch, List<NewContact> people, List<ContactAddition> additions) {
    Instant now = clock.instant();
    List<String> names = new ArrayList<>();
    people.forEach(p -> names.add(p.command().company()));
    additions.forEach(a -> names.add(a.company()));
    names.removeIf(java.util.Objects::isNull);
    Map<String, Long> organizationIds = organizations.resolveAll(account, names, importBatch);
    List<ContactBatchRepository.Row> rows = new ArrayList<>(people.size());
    Map<Long, String> bodies = new LinkedHashMap<>();
    for (NewContact person : people) {
      ContactCommand c = person.command();
      rows.add(
          new ContactBatchRepository.Row(
              person.id(),
              c,
              c.company() == null ? null : organizationIds.get(Text.fold(c.company()))));
      bodies.put(person.id(), searchBody(c));
    }
    batches.insertAll(account, importBatch, rows, now);
    List<Object[]> rowKeys = new ArrayList<>();
    people.stream()
        .filter(p -> p.rowKey() != null)
        .forEach(p -> rowKeys.add(new Object[] {account, p.rowKey(), p.id()}));
    batches.insertRowKeys(rowKeys);
    batches.indexAll(account, bodies, false);
    List<ContactAddition> saved = new ArrayList<>(additions.size());
    for (ContactAddition a : additions) {
      saved.add(
          a.withOrganization(
              a.company() == null ? null : organizationIds.get(Text.fold(a.company()))));
    }
    keepInTouch.peopleAdded(account, newPeople(account, rows));
    if (!saved.isEmpty()) {
      List<Long> ids = saved.stream().map(ContactAddition::contactId).toList();
      Map<Long, int[]> counts = new java.util.HashMap<>();
      for (Contact c : getAll(account, ids)) {
        counts.put(c.id(), new int[] {c.emails().size(), c.phones().size()});
      }
      batches.applyAdditions(account, saved, counts, now);
      reindex(account, ids);
      keepInTouch.contactsChanged(account, ids);
    }
    return saved;
  }

  /**
   * After an import has added many people within its transaction: the planner learns how many there
   * now are, so that looking up the next slice's keys uses their indexes.
   */
  public void importGrew() {
    statistics.refresh(
        "contact", "contact_email", "contact_phone", "contact_tag", "organization", "relationship");
  }

  /** What keep-in-touch computes a new person's relationship from, without reading them back. */
  private List<app.rapport.keepintouch.NewPerson> newPeople(
      long account, List<ContactBatchRepository.Row> rows) {
    Set<Long> targets =
        organizations.targetsAmong(
            account,
            rows.stream()
                .map(ContactBatchRepository.Row::organizationId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
    List<app.rapport.keepintouch.NewPerson> people = new ArrayList<>(rows.size());
    for (ContactBatchRepository.Row row : rows) {
      ContactCommand c = row.command();
      CareerFacts career = c.career();
      people.add(
          new app.rapport.keepintouch.NewPerson(
              row.id(),
              c.tier(),
              c.cadenceDays(),
              c.knownSince(),
              app.rapport.keepintouch.NewPerson.channels(
                  c.emails().stream().map(EmailAddress::label).toList(),
                  c.phones().stream().map(PhoneNumber::label).toList(),
                  c.linkedinUrl() != null),
              new app.rapport.profile.PersonFacts(
                  c.industry(),
                  career.jobFunction(),
                  c.title(),
                  c.company(),
                  row.organizationId() != null && targets.contains(row.organizationId()),
                  career.seniority() == null ? null : career.seniority() != Seniority.BELOW,
                  career.canHireOrRefer()),
              career.closenessRating(),
              career.mutualConnections()));
    }
    return people;
  }

  /**
   * Undoes what an import did to people: takes back its additions where they still hold what was
   * added, and removes for good the people it added (their touchpoints and follow-ups with them),
   * then the organisations it created that nobody works at.
   *
   * @return how many people were removed
   */
  @Transactional
  public int undoImport(long account, long importBatch, List<ContactAddition> additions) {
    if (batches.importTookPartInMerges(account, importBatch)) {
      throw new InvalidInput(
          List.of(
              new FieldProblem(
                  "import",
                  "Some people of this import were merged with others since. Undo those merges"
                      + " first, then undo the import.")));
    }
    batches.revertAdditions(account, additions, clock.instant());
    List<Long> changed = additions.stream().map(ContactAddition::contactId).distinct().toList();
    reindex(account, changed);
    List<Long> added = batches.idsOfImport(account, importBatch);
    for (int from = 0; from < added.size(); from += ContactBatchRepository.KEYS_PER_QUERY) {
      batches.deleteAll(
          account,
          added.subList(
              from, Math.min(added.size(), from + ContactBatchRepository.KEYS_PER_QUERY)));
    }
    organizations.removeUnusedOfImport(account, importBatch);
    keepInTouch.contactsChanged(account, changed);
    return added.size();
  }

  /** Rebuilds the search index rows of these people from what is saved now. */
  private void reindex(long account, List<Long> ids) {
    Map<Long, String> bodies = new LinkedHashMap<>();
    for (Contact c : getAll(account, ids)) {
      bodies.put(c.id(), searchBody(c.toCommand()));
    }
    batches.indexAll(account, bodies, true);
  }

  /** The words the search index holds for a person; bulk loaders index with the same rule. */
  public static String searchBody(ContactCommand c) {
    StringBuilder body = new StringBuilder(128);
    append(body, c.fullName());
    append(body, c.company());
    append(body, c.title());
    append(body, c.industry());
    c.emails().forEach(email -> append(body, email.value()));
    c.tags().forEach(tag -> append(body, tag));
    append(body, c.notes());
    append(body, c.howWeMet());
    return Text.words(body.toString());
  }

  private static void append(StringBuilder body, String part) {
    if (part != null) {
      if (!body.isEmpty()) {
        body.append(' ');
      }
      body.append(part);
    }
  }
}

package app.rapport.imports;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactAddition;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactNotes;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactUid;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.KnownContact;
import app.rapport.contacts.LinkedInProfiles;
import app.rapport.contacts.NewContact;
import app.rapport.contacts.PhoneNumber;
import app.rapport.imports.read.ImportReader;
import app.rapport.imports.read.ImportedPerson;
import app.rapport.model.Tier;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes in the people of a file, a slice at a time, so that memory holds one slice whatever the
 * size of the file. For each slice: every key is looked up in one query per kind (LinkedIn profile,
 * then email address, then E.164 phone number, then the UID of Rapport's own exports: the first
 * that matches decides), the people matched are read in one go, and what to add and what to fill in
 * is written in a few batched statements. A person met twice in the file (or in two files of one
 * upload) is one person: rows later in a slice see those earlier in it, and later slices see
 * earlier ones in the database, inside the import's transaction.
 *
 * <p>Two people with the same name and no key in common are not the same person for certain; the
 * second is added and counted as a possible duplicate, which the user can merge.
 */
@Component
class PeopleImport {

  /** People per slice: the lookups and batches of one slice stay well within both engines. */
  static final int SLICE = 500;

  static final String DELETED =
      "People you deleted from Rapport earlier (the import does not bring them back)";

  private final ContactService contacts;

  PeopleImport(ContactService contacts) {
    this.contacts = contacts;
  }

  /** Receives what each slice added to people already there, to be kept for undo. */
  interface AdditionsSink {
    void save(int part, List<ContactAddition> additions);
  }

  void run(
      long account,
      long batch,
      ImportReader<ImportedPerson> reader,
      ImportTally tally,
      AdditionsSink sink) {
    List<ImportedPerson> slice = new ArrayList<>(SLICE);
    int part = 0;
    String unit = reader.report().unit();
    ExportedUids uids = new ExportedUids(account);
    for (Optional<ImportedPerson> next = reader.next(); next.isPresent(); next = reader.next()) {
      slice.add(next.get());
      if (slice.size() == SLICE) {
        take(account, batch, part++, unit, slice, uids, tally, sink);
        slice.clear();
        if (Integer.bitCount(part) == 1) {
          // after 1, 2, 4, 8... slices: a handful of times however long the file
          contacts.importGrew();
        }
      }
    }
    tally.absorb(reader.report());
    if (tally.failure() == null && !slice.isEmpty()) {
      take(account, batch, part, unit, slice, uids, tally, sink);
    }
  }

  /**
   * The people of the account by the UID Rapport's exports give them, read once per import and only
   * if its file has UIDs: a file exported by Rapport and imported back finds each person, the ones
   * without any other key too.
   */
  private final class ExportedUids {
    private final long account;
    private Map<UUID, KnownContact> byUid;

    ExportedUids(long account) {
      this.account = account;
    }

    Map<UUID, KnownContact> matching(Set<UUID> uids) {
      if (uids.isEmpty()) {
        return Map.of();
      }
      if (byUid == null) {
        byUid = contacts.byExportedUid(account);
      }
      Map<UUID, KnownContact> found = new HashMap<>();
      for (UUID uid : uids) {
        KnownContact known = byUid.get(uid);
        if (known != null) {
          found.put(uid, known);
        }
      }
      return found;
    }
  }

  private record Candidate(int row, ContactCommand command, Keys keys) {}

  /**
   * What a person can be recognised by, in order: LinkedIn profile, email addresses, E.164 phone
   * numbers, the UID Rapport's exports gave them ({@link ContactUid}); without any of the first
   * three, also the row itself ({@link ContactService#rowKey}), so that the same row imported again
   * finds them.
   */
  private record Keys(
      String linkedIn, List<String> emails, List<String> phones, UUID uid, String row) {

    static Keys of(ContactCommand c, String uid) {
      String linkedIn = LinkedInProfiles.key(c.linkedinUrl());
      List<String> emails = c.emails().stream().map(EmailAddress::key).toList();
      List<String> phones =
          c.phones().stream().map(PhoneNumber::e164).filter(p -> p != null).toList();
      boolean none = linkedIn == null && emails.isEmpty() && phones.isEmpty();
      return new Keys(
          linkedIn, emails, phones, ContactUid.read(uid), none ? ContactService.rowKey(c) : null);
    }
  }

  private void take(
      long account,
      long batch,
      int part,
      String unit,
      List<ImportedPerson> people,
      ExportedUids uids,
      ImportTally tally,
      AdditionsSink sink) {
    List<Candidate> candidates = new ArrayList<>(people.size());
    Set<String> linkedInKeys = new HashSet<>();
    Set<String> emailKeys = new HashSet<>();
    Set<String> phoneKeys = new HashSet<>();
    Set<String> rowKeys = new HashSet<>();
    Set<UUID> uidKeys = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ImportedPerson person : people) {
      ContactService.Fitted fitted = contacts.fitForImport(commandOf(person));
      for (String note : fitted.notes()) {
        tally.error(person.sourceRow(), unit + " " + person.sourceRow() + ": " + note);
      }
      Keys keys = Keys.of(fitted.command(), person.uid());
      if (keys.linkedIn() != null) {
        linkedInKeys.add(keys.linkedIn());
      }
      emailKeys.addAll(keys.emails());
      phoneKeys.addAll(keys.phones());
      if (keys.row() != null) {
        rowKeys.add(keys.row());
      }
      if (keys.uid() != null) {
        uidKeys.add(keys.uid());
      }
      names.add(Text.fold(fitted.command().fullName()));
      candidates.add(new Candidate(person.sourceRow(), fitted.command(), keys));
    }
    ContactService.KeyMatches known =
        contacts.findByKeys(account, linkedInKeys, emailKeys, phoneKeys, rowKeys);
    Map<UUID, KnownContact> byUid = uids.matching(uidKeys);
    Set<Long> targets = new HashSet<>();
    byUid.values().forEach(k -> targets.add(k.target()));
    known.byLinkedInKey().values().forEach(k -> targets.add(k.target()));
    known.byEmailKey().values().forEach(k -> targets.add(k.target()));
    known.byPhone().values().forEach(k -> targets.add(k.target()));
    known.byRowKey().values().forEach(k -> targets.add(k.target()));
    Map<Long, Contact> state = new HashMap<>();
    for (Contact c : contacts.getAll(account, List.copyOf(targets))) {
      state.put(c.id(), c);
    }
    Map<Long, Long> batchOf = new HashMap<>();
    for (Map<?, KnownContact> byKey :
        List.of(
            known.byLinkedInKey(), known.byEmailKey(), known.byPhone(), byUid, known.byRowKey())) {
      byKey
          .values()
          .forEach(
              k -> {
                if (k.mergedInto() == null && k.importBatch() != null) {
                  batchOf.put(k.id(), k.importBatch());
                }
              });
    }
    Set<String> namesTaken = new HashSet<>(contacts.namesInUse(account, names));

    Map<String, Long> sliceKeys = new HashMap<>();
    Map<Long, Contact> added = new LinkedHashMap<>();
    Map<Long, String> addedRowKeys = new HashMap<>();
    Map<Long, ContactAddition> additions = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      Long match = match(candidate.keys(), sliceKeys, known, byUid);
      Contact current = match == null ? null : added.getOrDefault(match, state.get(match));
      if (current == null) {
        long id = Ids.next();
        added.put(id, pending(id, candidate.command()));
        if (candidate.keys().row() != null) {
          addedRowKeys.put(id, candidate.keys().row());
        }
        remember(candidate.keys(), id, sliceKeys);
        tally.addCreated();
        String name = Text.fold(candidate.command().fullName());
        if (!namesTaken.add(name)) {
          tally.addPossibleDuplicate();
        }
        continue;
      }
      if (current.isDeleted()) {
        tally.skip(DELETED);
        continue;
      }
      ContactAddition addition = ContactAddition.between(current, candidate.command());
      remember(candidate.keys(), current.id(), sliceKeys);
      if (addition.isEmpty()) {
        tally.addUnchanged();
        continue;
      }
      Contact after = addition.appliedTo(current);
      if (added.containsKey(current.id())) {
        added.put(current.id(), after);
        continue;
      }
      state.put(current.id(), after);
      additions.merge(current.id(), addition, PeopleImport::combine);
      if (!Long.valueOf(batch).equals(batchOf.get(current.id()))) {
        tally.addUpdated(current.id());
      }
    }
    List<NewContact> newPeople = new ArrayList<>(added.size());
    added.forEach(
        (id, contact) ->
            newPeople.add(new NewContact(id, contact.toCommand(), addedRowKeys.get(id))));
    List<ContactAddition> saved =
        contacts.importPeople(account, batch, newPeople, List.copyOf(additions.values()));
    sink.save(
        part,
        saved.stream()
            .filter(a -> !Long.valueOf(batch).equals(batchOf.get(a.contactId())))
            .toList());
    tally.handled(people.size());
  }

  /** The person the keys match: in this slice first, then in Rapport; keys in their order. */
  private static Long match(
      Keys keys,
      Map<String, Long> sliceKeys,
      ContactService.KeyMatches known,
      Map<UUID, KnownContact> byUid) {
    if (keys.linkedIn() != null) {
      Long found = find("li:" + keys.linkedIn(), sliceKeys, known.byLinkedInKey(), keys.linkedIn());
      if (found != null) {
        return found;
      }
    }
    for (String email : keys.emails()) {
      Long found = find("em:" + email, sliceKeys, known.byEmailKey(), email);
      if (found != null) {
        return found;
      }
    }
    for (String phone : keys.phones()) {
      Long found = find("ph:" + phone, sliceKeys, known.byPhone(), phone);
      if (found != null) {
        return found;
      }
    }
    if (keys.uid() != null) {
      Long found = find("ui:" + keys.uid(), sliceKeys, byUid, keys.uid());
      if (found != null) {
        return found;
      }
    }
    return keys.row() == null
        ? null
        : find("rk:" + keys.row(), sliceKeys, known.byRowKey(), keys.row());
  }

  private static <K> Long find(
      String sliceKey, Map<String, Long> sliceKeys, Map<K, KnownContact> known, K key) {
    Long inSlice = sliceKeys.get(sliceKey);
    if (inSlice != null) {
      return inSlice;
    }
    KnownContact found = known.get(key);
    return found == null ? null : found.target();
  }

  private static void remember(Keys keys, long id, Map<String, Long> sliceKeys) {
    if (keys.linkedIn() != null) {
      sliceKeys.putIfAbsent("li:" + keys.linkedIn(), id);
    }
    keys.emails().forEach(e -> sliceKeys.putIfAbsent("em:" + e, id));
    keys.phones().forEach(p -> sliceKeys.putIfAbsent("ph:" + p, id));
    if (keys.uid() != null) {
      sliceKeys.putIfAbsent("ui:" + keys.uid(), id);
    }
    if (keys.row() != null) {
      sliceKeys.putIfAbsent("rk:" + keys.row(), id);
    }
  }

  /** Two additions to one person in one slice, the later filling what the earlier did not. */
  private static ContactAddition combine(ContactAddition first, ContactAddition second) {
    List<EmailAddress> emails = new ArrayList<>(first.emails());
    emails.addAll(second.emails());
    List<PhoneNumber> phones = new ArrayList<>(first.phones());
    phones.addAll(second.phones());
    List<String> tags = new ArrayList<>(first.tags());
    tags.addAll(second.tags());
    return new ContactAddition(
        first.contactId(),
        either(first.company(), second.company()),
        null,
        either(first.title(), second.title()),
        either(first.linkedinUrl(), second.linkedinUrl()),
        either(first.knownSince(), second.knownSince()),
        either(first.birthday(), second.birthday()),
        either(first.notes(), second.notes()),
        emails,
        phones,
        tags);
  }

  private static <T> T either(T first, T second) {
    return first != null ? first : second;
  }

  /** A person to add, as the matching of later rows sees them before they are saved. */
  private static Contact pending(long id, ContactCommand c) {
    return new Contact(
        id,
        c.fullName(),
        c.emails(),
        c.phones(),
        c.linkedinUrl(),
        null,
        c.company(),
        c.title(),
        c.industry(),
        c.tier(),
        c.cadenceDays(),
        c.tags(),
        c.notes(),
        c.howWeMet(),
        c.knownSince(),
        c.career(),
        c.birthday(),
        0,
        null,
        null,
        null);
  }

  /**
   * A person of the file as a command. "Connected On" becomes the day the user met them, and a last
   * notes paragraph "How we met: ..." (as Rapport's exports write it) becomes how they met.
   */
  static ContactCommand commandOf(ImportedPerson p) {
    ContactNotes.Read notes = ContactNotes.read(unguarded(p.notes()));
    return new ContactCommand(
        unguarded(p.fullName()),
        p.emails().stream().map(e -> new EmailAddress(unguarded(e.address()), e.label())).toList(),
        p.phones().stream().map(ph -> PhoneNumber.of(unguarded(ph.raw()), ph.label())).toList(),
        p.linkedinUrl(),
        unguarded(p.organization()),
        unguarded(p.title()),
        null,
        Tier.NETWORK,
        p.tags(),
        notes.notes(),
        notes.howWeMet(),
        p.knownSince(),
        null,
        null,
        p.birthday() == null ? null : birthday(p.birthday().monthDay(), p.birthday().year()));
  }

  private static app.rapport.contacts.Birthday birthday(MonthDay day, Integer year) {
    try {
      return new app.rapport.contacts.Birthday(day, year);
    } catch (java.time.DateTimeException e) {
      return new app.rapport.contacts.Birthday(day, null);
    }
  }

  /**
   * A cell without the apostrophe that spreadsheet exports (Rapport's own among them) put before
   * values starting with {@code = + - @} so that spreadsheet programs do not run them as formulas.
   */
  static String unguarded(String value) {
    if (value != null
        && value.length() > 1
        && value.charAt(0) == '\''
        && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
      return value.substring(1);
    }
    return value;
  }
}

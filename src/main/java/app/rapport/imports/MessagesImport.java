package app.rapport.imports;

import app.rapport.contacts.ContactService;
import app.rapport.contacts.KnownContact;
import app.rapport.contacts.LinkedInProfiles;
import app.rapport.imports.read.ImportReader;
import app.rapport.imports.read.ImportedInvitation;
import app.rapport.imports.read.ImportedMessage;
import app.rapport.imports.read.LinkedInMessagesReader;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.touchpoints.ImportedTouchpoint;
import app.rapport.touchpoints.TouchpointService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * LinkedIn messages (and invitations) as touchpoints on the LinkedIn channel, with the people in
 * Rapport they were exchanged with, matched by profile address. A conversation makes one touchpoint
 * per day: what the keep-in-touch model counts is days in touch, not messages. The direction comes
 * from the reader (sent by the owner of the export, or received); both on one day make it mutual.
 * Each day of a conversation has a reference of its own, so importing the same export again adds
 * nothing.
 */
@Component
class MessagesImport {

  static final String SOURCE = "linkedin";
  static final int SLICE = 500;

  static final String DRAFTS = "LinkedIn message drafts";
  static final String SPAM = "LinkedIn messages in the spam folder";
  static final String SPONSORED = "Sponsored LinkedIn messages (InMail advertising)";
  static final String NOBODY =
      "LinkedIn messages with nobody who is in Rapport (or without profile addresses)";
  static final String INVITATIONS_NOBODY = "LinkedIn invitations with nobody who is in Rapport";

  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final ContactService contacts;
  private final TouchpointService touchpoints;
  private final Clock clock;

  MessagesImport(ContactService contacts, TouchpointService touchpoints, Clock clock) {
    this.contacts = contacts;
    this.touchpoints = touchpoints;
    this.clock = clock;
  }

  // ---- messages --------------------------------------------------------------------------------

  void messages(long account, long batch, LinkedInMessagesReader reader, ImportTally tally) {
    List<ImportedMessage> slice = new ArrayList<>(SLICE);
    for (Optional<ImportedMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
      slice.add(next.get());
      if (slice.size() == SLICE) {
        takeMessages(account, batch, reader, slice, tally);
        slice.clear();
      }
    }
    tally.absorb(reader.report());
    if (tally.failure() == null && !slice.isEmpty()) {
      takeMessages(account, batch, reader, slice, tally);
    }
  }

  private void takeMessages(
      long account,
      long batch,
      LinkedInMessagesReader reader,
      List<ImportedMessage> messages,
      ImportTally tally) {
    String owner = reader.owner().map(o -> LinkedInProfiles.key(o.profileUrl())).orElse(null);
    Set<String> keys = new HashSet<>();
    List<List<String>> peopleOf = new ArrayList<>(messages.size());
    for (ImportedMessage message : messages) {
      List<String> people = new ArrayList<>();
      if (message.direction() != Direction.INBOUND) {
        message.toProfileUrls().forEach(url -> people.add(LinkedInProfiles.key(url)));
      }
      if (message.direction() != Direction.OUTBOUND) {
        people.add(LinkedInProfiles.key(message.fromProfileUrl()));
      }
      people.removeIf(key -> key == null || key.equals(owner));
      keys.addAll(people);
      peopleOf.add(people);
    }
    Map<String, KnownContact> known =
        contacts.findByKeys(account, keys, List.of(), List.of(), List.of()).byLinkedInKey();
    List<ImportedTouchpoint> items = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      ImportedMessage message = messages.get(i);
      if (message.draft()) {
        tally.skip(DRAFTS);
        continue;
      }
      if ("SPAM".equalsIgnoreCase(message.folder())) {
        tally.skip(SPAM);
        continue;
      }
      if (message.sponsored()) {
        tally.skip(SPONSORED);
        continue;
      }
      List<Long> ids = idsOf(peopleOf.get(i), known);
      if (ids.isEmpty() || message.sentAt() == null) {
        tally.skip(NOBODY);
        continue;
      }
      LocalDate day = LocalDate.ofInstant(message.sentAt(), clock.getZone());
      items.add(
          new ImportedTouchpoint(
              day,
              Channel.LINKEDIN,
              // Without the owner the direction is unknown; "you reached out" claims less than
              // "both did", which would count as two-way contact.
              message.direction() == null ? Direction.OUTBOUND : message.direction(),
              ids,
              summary(message),
              "message/" + message.conversationId() + "/" + day));
    }
    TouchpointService.ImportedCount count =
        touchpoints.importTouchpoints(account, batch, SOURCE, items);
    tally.addTouchpoints(count.created());
    tally.handled(messages.size());
  }

  private static List<Long> idsOf(List<String> keys, Map<String, KnownContact> known) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String key : keys) {
      KnownContact person = known.get(key);
      if (person != null && !person.deleted()) {
        ids.add(person.id());
      } else if (person != null && person.mergedInto() != null) {
        ids.add(person.mergedInto());
      }
    }
    return List.copyOf(ids);
  }

  /** "LinkedIn: Thanks for the intro": the start of the first message, without markup. */
  private static String summary(ImportedMessage message) {
    String text = message.subject();
    if (text == null || text.isBlank()) {
      text = message.content();
    }
    if (text == null) {
      return "LinkedIn message";
    }
    String plain = SPACE.matcher(TAGS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    if (plain.isEmpty()) {
      return "LinkedIn message";
    }
    return "LinkedIn: " + (plain.length() > 120 ? plain.substring(0, 117).strip() + "..." : plain);
  }

  // ---- invitations
  // -------------------------------------------------------------------------------

  void invitations(
      long account, long batch, ImportReader<ImportedInvitation> reader, ImportTally tally) {
    List<ImportedInvitation> slice = new ArrayList<>(SLICE);
    for (Optional<ImportedInvitation> next = reader.next();
        next.isPresent();
        next = reader.next()) {
      slice.add(next.get());
      if (slice.size() == SLICE) {
        takeInvitations(account, batch, slice, tally);
        slice.clear();
      }
    }
    tally.absorb(reader.report());
    if (tally.failure() == null && !slice.isEmpty()) {
      takeInvitations(account, batch, slice, tally);
    }
  }

  private void takeInvitations(
      long account, long batch, List<ImportedInvitation> invitations, ImportTally tally) {
    Set<String> keys = new HashSet<>();
    List<String> other = new ArrayList<>();
    for (ImportedInvitation invitation : invitations) {
      String url =
          invitation.direction() == Direction.INBOUND
              ? invitation.inviterProfileUrl()
              : invitation.inviteeProfileUrl();
      String key = LinkedInProfiles.key(url);
      other.add(key);
      if (key != null) {
        keys.add(key);
      }
    }
    Map<String, KnownContact> known =
        contacts.findByKeys(account, keys, List.of(), List.of(), List.of()).byLinkedInKey();
    List<ImportedTouchpoint> items = new ArrayList<>();
    for (int i = 0; i < invitations.size(); i++) {
      ImportedInvitation invitation = invitations.get(i);
      List<Long> ids = other.get(i) == null ? List.of() : idsOf(List.of(other.get(i)), known);
      if (ids.isEmpty() || invitation.sentAt() == null || invitation.direction() == null) {
        tally.skip(INVITATIONS_NOBODY);
        continue;
      }
      LocalDate day = invitation.sentAt().toLocalDate();
      boolean sent = invitation.direction() == Direction.OUTBOUND;
      items.add(
          new ImportedTouchpoint(
              day,
              Channel.LINKEDIN,
              invitation.direction(),
              ids,
              sent ? "LinkedIn: you asked to connect" : "LinkedIn: asked you to connect",
              "invitation/" + other.get(i) + "/" + day));
    }
    tally.addTouchpoints(touchpoints.importTouchpoints(account, batch, SOURCE, items).created());
    tally.handled(invitations.size());
  }
}

package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactNotFound;
import app.rapport.contacts.ContactService;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.KeepInTouchStatus;
import app.rapport.model.Tier;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** People through the JSON API. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "The people in your network")
class ContactsApi {

  private final ContactService contacts;
  private final KeepInTouchService keepInTouch;
  private final CurrentAccount account;
  private final JsonPatches patches;

  ContactsApi(
      ContactService contacts,
      KeepInTouchService keepInTouch,
      CurrentAccount account,
      JsonPatches patches) {
    this.contacts = contacts;
    this.keepInTouch = keepInTouch;
    this.account = account;
    this.patches = patches;
  }

  private ContactJson json(Contact contact) {
    return ContactJson.of(
        contact, keepInTouch.statuses(account.id(), List.of(contact.id())).get(contact.id()));
  }

  @PostMapping
  @Operation(summary = "Add a person")
  ResponseEntity<ContactJson> create(@RequestBody ContactInput input) {
    Contact created = contacts.addContact(account.id(), input.toCommand());
    String id = Ids.format(created.id());
    return ResponseEntity.created(URI.create("/api/v1/contacts/" + id))
        .eTag(etag(created))
        .body(json(created));
  }

  @GetMapping
  @Operation(summary = "List or search people, a page at a time")
  PageResult<ContactJson> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Tier tier,
      @RequestParam(required = false) ContactFilter.Sort sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageResult<Contact> found =
        contacts.listFull(
            account.id(), new ContactFilter(q, tag, tier, sort), PageRequest.of(page, size));
    Map<Long, KeepInTouchStatus> statuses =
        keepInTouch.statuses(account.id(), found.items().stream().map(Contact::id).toList());
    return found.map(c -> ContactJson.of(c, statuses.get(c.id())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One person")
  ResponseEntity<ContactJson> get(@PathVariable String id) {
    Contact contact = contacts.get(account.id(), parse(id));
    return ResponseEntity.ok().eTag(etag(contact)).body(json(contact));
  }

  /**
   * Changes the fields the body names (JSON merge patch: a field set to null is cleared). To be
   * sure nobody changed the person meanwhile, send the {@code version} you read, in the body or as
   * {@code If-Match}; a stale one answers 409.
   */
  @PatchMapping(
      path = "/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change some of a person's fields")
  ResponseEntity<ContactJson> patch(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long contactId = parse(id);
    Contact current = contacts.get(account.id(), contactId);
    ContactInput merged = patches.merge(inputOf(current), body, ContactInput.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    Contact saved = contacts.editContact(account.id(), contactId, version, merged.toCommand());
    return ResponseEntity.ok().eTag(etag(saved)).body(json(saved));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a person (restorable for 30 days)")
  ResponseEntity<Void> delete(@PathVariable String id) {
    contacts.deleteContact(account.id(), parse(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Bring back a person deleted in the last 30 days")
  ContactJson restore(@PathVariable String id) {
    long contactId = parse(id);
    contacts.restoreContact(account.id(), contactId);
    return json(contacts.get(account.id(), contactId));
  }

  private static ContactInput inputOf(Contact c) {
    return new ContactInput(
        c.fullName(),
        c.emails().stream().map(e -> new ContactInput.EmailIn(e.value(), e.label())).toList(),
        c.phones().stream().map(p -> new ContactInput.PhoneIn(p.value(), p.label())).toList(),
        c.linkedinUrl(),
        c.company(),
        c.title(),
        c.industry(),
        c.tier(),
        c.tags(),
        c.notes(),
        c.howWeMet(),
        c.knownSince(),
        c.cadenceDays(),
        c.career(),
        c.version(),
        c.birthday() == null ? null : c.birthday().toString());
  }

  private static String etag(Contact contact) {
    return "\"" + contact.version() + "\"";
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }
}

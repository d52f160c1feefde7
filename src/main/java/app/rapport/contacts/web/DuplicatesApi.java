package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactMerge;
import app.rapport.contacts.ContactNotFound;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.contacts.DuplicateReason;
import app.rapport.contacts.MergeChoices;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Possible duplicates and merging, through the JSON API. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Duplicates", description = "People who may be one person, and merging them")
class DuplicatesApi {

  private final ContactService contacts;
  private final KeepInTouchService keepInTouch;
  private final CurrentAccount account;

  DuplicatesApi(ContactService contacts, KeepInTouchService keepInTouch, CurrentAccount account) {
    this.contacts = contacts;
    this.keepInTouch = keepInTouch;
    this.account = account;
  }

  /** One person of a pair, as the list shows them. */
  public record PersonJson(String id, String fullName, String company, String email) {
    static PersonJson of(ContactSummary s) {
      return new PersonJson(Ids.format(s.id()), s.fullName(), s.company(), s.primaryEmail());
    }
  }

  /** Two people who may be one, older first, with the strongest reason. */
  public record DuplicateJson(
      List<String> contactIds,
      DuplicateReason reason,
      String explanation,
      List<PersonJson> people) {}

  /** The body of a dismissal: the two people, who are different people. */
  public record PairInput(List<String> contactIds) {}

  /** A merge: who was kept, who was merged into them, and the kept person now. */
  public record MergeJson(
      String id,
      String keptId,
      String mergedId,
      Instant mergedAt,
      Instant undoneAt,
      ContactJson contact) {}

  @GetMapping("/duplicates")
  @Operation(summary = "People who may be one person, strongest reason first")
  PageResult<DuplicateJson> duplicates(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return contacts
        .possibleDuplicates(account.id(), PageRequest.of(page, size))
        .map(
            p ->
                new DuplicateJson(
                    List.of(Ids.format(p.first().id()), Ids.format(p.second().id())),
                    p.reason(),
                    p.reason().label(),
                    List.of(PersonJson.of(p.first()), PersonJson.of(p.second()))));
  }

  @PostMapping("/duplicates/dismissals")
  @Operation(summary = "Say two people are different people: never suggested again")
  ResponseEntity<Void> dismiss(@RequestBody PairInput input) {
    if (input == null || input.contactIds() == null || input.contactIds().size() != 2) {
      throw InvalidInput.of("contactIds", "Send the ids of the two people.");
    }
    contacts.dismissDuplicate(
        account.id(), parse(input.contactIds().get(0)), parse(input.contactIds().get(1)));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/merges")
  @Operation(summary = "Merge two people into one (undo with /merges/{id}/undo)")
  ResponseEntity<MergeJson> merge(@RequestBody MergeInput input) {
    if (input == null || input.keepId() == null || input.mergeId() == null) {
      throw InvalidInput.of(
          "keepId", "Send keepId and mergeId: the person to keep, and the one to merge into them.");
    }
    ContactMerge merge =
        contacts.mergeContacts(
            account.id(),
            parse(input.keepId()),
            input.keepVersion(),
            parse(input.mergeId()),
            new MergeChoices(input.choose()));
    return ResponseEntity.created(URI.create("/api/v1/contacts/merges/" + Ids.format(merge.id())))
        .body(json(merge, contacts.get(account.id(), merge.keptId())));
  }

  @GetMapping("/merges/{id}")
  @Operation(summary = "A merge")
  MergeJson getMerge(@PathVariable String id) {
    ContactMerge merge = contacts.getMerge(account.id(), parseMerge(id));
    return json(merge, contacts.get(account.id(), merge.keptId()));
  }

  @PostMapping("/merges/{id}/undo")
  @Operation(summary = "Undo a merge: the two people come back as they were")
  MergeJson undo(@PathVariable String id) {
    long mergeId = parseMerge(id);
    Contact kept = contacts.undoMerge(account.id(), mergeId);
    return json(contacts.getMerge(account.id(), mergeId), kept);
  }

  private MergeJson json(ContactMerge merge, Contact kept) {
    return new MergeJson(
        Ids.format(merge.id()),
        Ids.format(merge.keptId()),
        Ids.format(merge.mergedId()),
        merge.mergedAt(),
        merge.undoneAt(),
        ContactJson.of(
            kept, keepInTouch.statuses(account.id(), List.of(kept.id())).get(kept.id())));
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }

  private static long parseMerge(String id) {
    return Ids.parse(id).orElseThrow(() -> new NotFound("merge", id));
  }
}

package app.rapport.introductions.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionChange;
import app.rapport.introductions.IntroductionNotFound;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.KnowsLinkNotFound;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/** Introductions and knows-links through the JSON API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Introductions", description = "Who introduced you to whom, and who knows whom")
class IntroductionsApi {

  private final IntroductionService introductions;
  private final KnowsLinkService knows;
  private final CurrentAccount account;
  private final JsonPatches patches;
  private final Clock clock;

  IntroductionsApi(
      IntroductionService introductions,
      KnowsLinkService knows,
      CurrentAccount account,
      JsonPatches patches,
      Clock clock) {
    this.introductions = introductions;
    this.knows = knows;
    this.account = account;
    this.patches = patches;
    this.clock = clock;
  }

  // ---- introductions ---------------------------------------------------------------------------

  @PostMapping("/introductions")
  @Operation(summary = "Record an introduction: \"Ann introduced me to Bob\"")
  ResponseEntity<IntroductionJson> create(@RequestBody IntroductionInput input) {
    Introduction saved =
        introductions.recordIntroduction(account.id(), input.toCommand(LocalDate.now(clock)));
    return ResponseEntity.created(URI.create("/api/v1/introductions/" + Ids.format(saved.id())))
        .body(IntroductionJson.of(saved));
  }

  @PostMapping("/introductions/mentioned")
  @Operation(summary = "Note the names someone mentioned, each as an offered introduction")
  ResponseEntity<PageResult<IntroductionJson>> mentioned(@RequestBody MentionedNamesInput input) {
    List<IntroductionJson> saved =
        introductions.recordMentionedNames(account.id(), input.toCommand()).stream()
            .map(IntroductionJson::of)
            .toList();
    String introducer = saved.isEmpty() ? "" : "?contactId=" + saved.get(0).introducerId();
    return ResponseEntity.created(URI.create("/api/v1/introductions" + introducer))
        .body(new PageResult<>(saved, 0, Math.max(1, saved.size()), saved.size()));
  }

  @GetMapping("/introductions")
  @Operation(summary = "Introductions, newest first; those of one person with contactId")
  PageResult<IntroductionJson> list(
      @RequestParam(required = false) String contactId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Long contact = contactId == null ? null : person(contactId);
    return introductions
        .list(account.id(), contact, PageRequest.of(page, size))
        .map(IntroductionJson::of);
  }

  @GetMapping("/introductions/{id}")
  @Operation(summary = "One introduction")
  IntroductionJson get(@PathVariable String id) {
    return IntroductionJson.of(introductions.get(account.id(), introduction(id)));
  }

  @PatchMapping(
      path = "/introductions/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change how far an introduction got, its date or its context")
  IntroductionJson patch(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long introductionId = introduction(id);
    Introduction current = introductions.get(account.id(), introductionId);
    for (String who : List.of("introducerId", "introducedId")) {
      String now =
          Ids.format(
              who.equals("introducerId")
                  ? current.introducer().contactId()
                  : current.introduced().contactId());
      if (body.has(who) && !now.equalsIgnoreCase(body.get(who).asString().trim())) {
        // accepting the body would answer 200 for a change that was not made
        throw InvalidInput.of(
            who,
            "Who introduced whom cannot be changed. Delete this introduction and record the"
                + " right one.");
      }
    }
    IntroductionPatch merged =
        patches.merge(
            new IntroductionPatch(
                current.occurredOn(), current.status(), current.context(), current.version()),
            body,
            IntroductionPatch.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    return IntroductionJson.of(
        introductions.editIntroduction(
            account.id(),
            introductionId,
            version,
            new IntroductionChange(merged.occurredOn(), merged.status(), merged.context())));
  }

  @DeleteMapping("/introductions/{id}")
  @Operation(summary = "Remove an introduction (it can be restored)")
  ResponseEntity<Void> delete(@PathVariable String id) {
    introductions.deleteIntroduction(account.id(), introduction(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/introductions/{id}/restore")
  @Operation(summary = "Bring back a removed introduction")
  IntroductionJson restore(@PathVariable String id) {
    return IntroductionJson.of(introductions.restoreIntroduction(account.id(), introduction(id)));
  }

  @GetMapping("/contacts/{id}/introduction-tree")
  @Operation(summary = "How a person came to you, and whom they introduced you to")
  IntroductionTreeJson tree(@PathVariable String id) {
    return IntroductionTreeJson.of(introductions.tree(account.id(), person(id)));
  }

  // ---- knows-links ------------------------------------------------------------------------------

  @PostMapping("/knows-links")
  @Operation(summary = "Note that two people know each other, and how")
  ResponseEntity<KnowsLinkJson> createLink(@RequestBody KnowsLinkInput input) {
    KnowsLink saved = knows.addKnowsLink(account.id(), input.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/knows-links/" + Ids.format(saved.id())))
        .body(KnowsLinkJson.of(saved));
  }

  @GetMapping("/knows-links")
  @Operation(summary = "Who knows whom; the people one person knows with contactId")
  PageResult<KnowsLinkJson> links(
      @RequestParam(required = false) String contactId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageRequest request = PageRequest.of(page, size);
    PageResult<KnowsLink> found =
        contactId == null
            ? knows.all(account.id(), request)
            : knows.of(account.id(), person(contactId), request);
    return found.map(KnowsLinkJson::of);
  }

  @GetMapping("/knows-links/{id}")
  @Operation(summary = "One knows-link")
  KnowsLinkJson link(@PathVariable String id) {
    return KnowsLinkJson.of(knows.get(account.id(), knowsLink(id)));
  }

  @PatchMapping(
      path = "/knows-links/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change how two people know each other")
  KnowsLinkJson patchLink(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long linkId = knowsLink(id);
    KnowsLink current = knows.get(account.id(), linkId);
    KnowsLinkInput merged =
        patches.merge(
            new KnowsLinkInput(
                Ids.format(current.person().contactId()),
                null,
                null,
                Ids.format(current.other().contactId()),
                null,
                null,
                current.how(),
                current.professional(),
                current.organization(),
                current.fromYear(),
                current.toYear(),
                current.note(),
                current.version()),
            body,
            KnowsLinkInput.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    return KnowsLinkJson.of(knows.editKnowsLink(account.id(), linkId, version, merged.toCommand()));
  }

  @DeleteMapping("/knows-links/{id}")
  @Operation(summary = "Remove a knows-link (it can be restored)")
  ResponseEntity<Void> deleteLink(@PathVariable String id) {
    knows.deleteKnowsLink(account.id(), knowsLink(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/knows-links/{id}/restore")
  @Operation(summary = "Bring back a removed knows-link")
  KnowsLinkJson restoreLink(@PathVariable String id) {
    return KnowsLinkJson.of(knows.restoreKnowsLink(account.id(), knowsLink(id)));
  }

  private static long person(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }

  private static long introduction(String id) {
    return Ids.parse(id).orElseThrow(() -> IntroductionNotFound.forId(id));
  }

  private static long knowsLink(String id) {
    return Ids.parse(id).orElseThrow(() -> KnowsLinkNotFound.forId(id));
  }
}

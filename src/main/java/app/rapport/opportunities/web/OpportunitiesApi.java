package app.rapport.opportunities.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityNotFound;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** Opportunities, their stages, origins and the insights through the JSON API. */
@RestController
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Opportunities", description = "Leads, applications, interviews and offers")
class OpportunitiesApi {

  private final OpportunityService opportunities;
  private final CurrentAccount account;
  private final JsonPatches patches;

  OpportunitiesApi(OpportunityService opportunities, CurrentAccount account, JsonPatches patches) {
    this.opportunities = opportunities;
    this.account = account;
    this.patches = patches;
  }

  @PostMapping
  @Operation(summary = "Add an opportunity")
  ResponseEntity<OpportunityJson> create(@RequestBody OpportunityInput input) {
    Opportunity saved;
    try {
      saved = opportunities.addOpportunity(account.id(), input.toCommand());
    } catch (InvalidInput invalid) {
      throw input.renamed(invalid);
    }
    return ResponseEntity.created(URI.create("/api/v1/opportunities/" + Ids.format(saved.id())))
        .eTag(etag(saved))
        .body(OpportunityJson.of(saved));
  }

  @GetMapping
  @Operation(summary = "Opportunities, most recently changed first; by stage or by person")
  PageResult<OpportunityJson> list(
      @RequestParam(required = false) Stage stage,
      @RequestParam(required = false) String contactId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Long contact =
        contactId == null
            ? null
            : Ids.parse(contactId).orElseThrow(() -> ContactNotFound.forId(contactId));
    return opportunities
        .list(account.id(), stage, contact, PageRequest.of(page, size))
        .map(OpportunityJson::of);
  }

  @GetMapping("/insights")
  @Operation(summary = "Which relationships opened doors: counts by source, tie strength, channel")
  InsightsJson insights() {
    return InsightsJson.of(opportunities.insights(account.id()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One opportunity")
  ResponseEntity<OpportunityJson> get(@PathVariable String id) {
    Opportunity found = opportunities.get(account.id(), parse(id));
    return ResponseEntity.ok().eTag(etag(found)).body(OpportunityJson.of(found));
  }

  @GetMapping("/{id}/origin")
  @Operation(summary = "The chain of people and introductions that led to an opportunity")
  OriginJson origin(@PathVariable String id) {
    return OriginJson.of(opportunities.origin(account.id(), parse(id)));
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every move between stages, oldest first")
  List<StageChangeJson> history(@PathVariable String id) {
    return opportunities.history(account.id(), parse(id)).stream()
        .map(StageChangeJson::of)
        .toList();
  }

  @PostMapping("/{id}/stage")
  @Operation(summary = "Move an opportunity to another stage (kept in its history)")
  OpportunityJson move(@PathVariable String id, @RequestBody StageMoveInput input) {
    return OpportunityJson.of(
        opportunities.moveOpportunity(account.id(), parse(id), input.stage(), input.on()));
  }

  /**
   * Changes the fields the body names (JSON merge patch). A new {@code stage} is kept in the
   * history like a move. Send the {@code version} you read, in the body or as {@code If-Match}.
   */
  @PatchMapping(
      path = "/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change some of an opportunity's fields")
  ResponseEntity<OpportunityJson> patch(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long opportunityId = parse(id);
    Opportunity current = opportunities.get(account.id(), opportunityId);
    OpportunityInput merged = patches.merge(inputOf(current), body, OpportunityInput.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    Opportunity saved;
    try {
      saved =
          opportunities.editOpportunity(account.id(), opportunityId, version, merged.toCommand());
    } catch (InvalidInput invalid) {
      throw merged.renamed(invalid);
    }
    return ResponseEntity.ok().eTag(etag(saved)).body(OpportunityJson.of(saved));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an opportunity (it can be restored)")
  ResponseEntity<Void> delete(@PathVariable String id) {
    opportunities.deleteOpportunity(account.id(), parse(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Bring back a deleted opportunity")
  OpportunityJson restore(@PathVariable String id) {
    return OpportunityJson.of(opportunities.restoreOpportunity(account.id(), parse(id)));
  }

  private static OpportunityInput inputOf(Opportunity o) {
    return new OpportunityInput(
        o.title(),
        o.organization(),
        o.stage(),
        o.source(),
        o.channel(),
        o.openedOn(),
        o.nextStep(),
        o.nextStepOn(),
        o.notes(),
        o.introductionId() == null ? null : Ids.format(o.introductionId()),
        o.sources().stream().map(p -> Ids.format(p.contactId())).toList(),
        o.people().stream()
            .filter(p -> p.role() != PersonRole.SOURCE)
            .map(
                p ->
                    new OpportunityInput.PersonIn(
                        Ids.format(p.person().contactId()), null, null, p.role()))
            .toList(),
        o.version());
  }

  private static String etag(Opportunity o) {
    return "\"" + o.version() + "\"";
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> OpportunityNotFound.forId(id));
  }
}

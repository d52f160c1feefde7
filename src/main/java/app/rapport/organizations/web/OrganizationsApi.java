package app.rapport.organizations.web;

import app.rapport.organizations.Organization;
import app.rapport.organizations.OrganizationNotFound;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** Organisations through the JSON API. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Where people work, and the places you target")
class OrganizationsApi {

  /** A person who works at an organisation. */
  record MemberJson(String id, String fullName, String title) {}

  private final OrganizationService organizations;
  private final CurrentAccount account;
  private final JsonPatches patches;

  OrganizationsApi(OrganizationService organizations, CurrentAccount account, JsonPatches patches) {
    this.organizations = organizations;
    this.account = account;
    this.patches = patches;
  }

  @PostMapping
  @Operation(summary = "Add an organisation")
  ResponseEntity<OrganizationJson> create(@RequestBody OrganizationInput input) {
    Organization created = organizations.addOrganization(account.id(), input.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/organizations/" + Ids.format(created.id())))
        .body(OrganizationJson.of(created));
  }

  @GetMapping
  @Operation(summary = "List or search organisations; target=true lists your targets only")
  PageResult<OrganizationJson> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) boolean target,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return organizations
        .list(account.id(), q, target, PageRequest.of(page, size))
        .map(OrganizationJson::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One organisation")
  OrganizationJson get(@PathVariable String id) {
    return OrganizationJson.of(organizations.get(account.id(), parse(id)));
  }

  @GetMapping("/{id}/people")
  @Operation(summary = "The people who work at an organisation")
  PageResult<MemberJson> people(
      @PathVariable String id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return organizations
        .members(account.id(), parse(id), PageRequest.of(page, size))
        .map(m -> new MemberJson(Ids.format(m.contactId()), m.fullName(), m.title()));
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change some of an organisation's fields")
  OrganizationJson patch(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long organizationId = parse(id);
    Organization current = organizations.get(account.id(), organizationId);
    OrganizationInput merged =
        patches.merge(
            new OrganizationInput(
                current.name(),
                current.website(),
                current.industry(),
                current.target(),
                current.notes(),
                current.version()),
            body,
            OrganizationInput.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    return OrganizationJson.of(
        organizations.editOrganization(account.id(), organizationId, version, merged.toCommand()));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an organisation nobody works at (restorable)")
  ResponseEntity<Void> delete(@PathVariable String id) {
    organizations.deleteOrganization(account.id(), parse(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Bring back a deleted organisation")
  OrganizationJson restore(@PathVariable String id) {
    long organizationId = parse(id);
    organizations.restore(account.id(), organizationId);
    return OrganizationJson.of(organizations.get(account.id(), organizationId));
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> OrganizationNotFound.forId(id));
  }
}

package app.rapport.touchpoints.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.model.Channel;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.JsonPatches;
import app.rapport.touchpoints.ActivityFilter;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointNotFound;
import app.rapport.touchpoints.TouchpointService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Touchpoints through the JSON API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Touchpoints", description = "The log of every contact, on every channel")
class TouchpointsApi {

  private final TouchpointService touchpoints;
  private final CurrentAccount account;
  private final JsonPatches patches;

  TouchpointsApi(TouchpointService touchpoints, CurrentAccount account, JsonPatches patches) {
    this.touchpoints = touchpoints;
    this.account = account;
    this.patches = patches;
  }

  @PostMapping("/touchpoints")
  @Operation(summary = "Log a touchpoint with one or more people")
  ResponseEntity<TouchpointJson> create(@RequestBody TouchpointInput input) {
    Touchpoint saved = touchpoints.logTouchpoint(account.id(), input.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/touchpoints/" + Ids.format(saved.id())))
        .body(TouchpointJson.of(saved));
  }

  @GetMapping("/touchpoints")
  @Operation(summary = "All activity, newest first, filtered by dates, channel and people's tag")
  PageResult<TouchpointJson> activity(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return touchpoints
        .activity(
            account.id(), new ActivityFilter(from, to, channel, tag), PageRequest.of(page, size))
        .map(TouchpointJson::of);
  }

  @GetMapping("/contacts/{id}/touchpoints")
  @Operation(summary = "A person's touchpoints, newest first")
  PageResult<TouchpointJson> timeline(
      @PathVariable String id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    long contact = Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
    return touchpoints
        .timeline(account.id(), contact, PageRequest.of(page, size))
        .map(TouchpointJson::of);
  }

  @GetMapping("/touchpoints/{id}")
  @Operation(summary = "One touchpoint")
  TouchpointJson get(@PathVariable String id) {
    return TouchpointJson.of(touchpoints.get(account.id(), parse(id)));
  }

  @PatchMapping(
      path = "/touchpoints/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change some of a touchpoint's fields")
  TouchpointJson patch(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long touchpointId = parse(id);
    Touchpoint current = touchpoints.get(account.id(), touchpointId);
    Touchpoint.FollowUpNote followUp = current.followUp();
    boolean open = followUp != null && "OPEN".equals(followUp.status());
    TouchpointInput merged =
        patches.merge(
            new TouchpointInput(
                current.occurredOn(),
                current.channel(),
                current.direction(),
                current.contactIds().stream().map(Ids::format).toList(),
                current.summary(),
                current.notes(),
                open ? followUp.dueOn() : null,
                open ? followUp.what() : null,
                current.infoInterview(),
                current.version()),
            body,
            TouchpointInput.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    return TouchpointJson.of(
        touchpoints.editTouchpoint(account.id(), touchpointId, version, merged.toCommand()));
  }

  @DeleteMapping("/touchpoints/{id}")
  @Operation(summary = "Delete a touchpoint (it can be restored)")
  ResponseEntity<Void> delete(@PathVariable String id) {
    touchpoints.deleteTouchpoint(account.id(), parse(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/touchpoints/{id}/restore")
  @Operation(summary = "Bring back a deleted touchpoint")
  TouchpointJson restore(@PathVariable String id) {
    long touchpointId = parse(id);
    touchpoints.restoreTouchpoint(account.id(), touchpointId);
    return TouchpointJson.of(touchpoints.get(account.id(), touchpointId));
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> TouchpointNotFound.forId(id));
  }
}

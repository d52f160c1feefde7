package app.rapport.goals.web;

import app.rapport.goals.Goal;
import app.rapport.goals.GoalCommand;
import app.rapport.goals.GoalNotFound;
import app.rapport.goals.GoalService;
import app.rapport.goals.GoalView;
import app.rapport.model.GoalKind;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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

/** Goals through the JSON API. */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "Networking goals for a period, measured from the log")
class GoalsApi {

  /** How far a goal has come. */
  record ProgressJson(double current, int target, boolean onTrack, double expectedByNow) {}

  /** A goal with its progress; {@code progress} is read-only. */
  record GoalJson(
      String id,
      GoalKind kind,
      int target,
      LocalDate periodStart,
      LocalDate periodEnd,
      String plan,
      ProgressJson progress,
      int version) {}

  /** The body of POST, and what PATCH merges into. */
  record GoalInput(
      GoalKind kind,
      Integer target,
      LocalDate periodStart,
      LocalDate periodEnd,
      String plan,
      Integer version) {

    GoalCommand toCommand() {
      return new GoalCommand(kind, target == null ? 0 : target, periodStart, periodEnd, plan);
    }
  }

  private final GoalService goals;
  private final CurrentAccount account;
  private final JsonPatches patches;

  GoalsApi(GoalService goals, CurrentAccount account, JsonPatches patches) {
    this.goals = goals;
    this.account = account;
    this.patches = patches;
  }

  @PostMapping
  @Operation(summary = "Set a goal")
  ResponseEntity<GoalJson> create(@RequestBody GoalInput input) {
    Goal goal = goals.setGoal(account.id(), input.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/goals/" + Ids.format(goal.id())))
        .body(json(goals.view(account.id(), goal.id())));
  }

  @GetMapping
  @Operation(summary = "Every goal with its progress, latest period first")
  PageResult<GoalJson> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return goals.allGoals(account.id(), PageRequest.of(page, size)).map(GoalsApi::json);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One goal with its progress")
  GoalJson get(@PathVariable String id) {
    return json(goals.view(account.id(), parse(id)));
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change a goal's target, period or plan")
  GoalJson patch(
      @PathVariable String id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long goalId = parse(id);
    Goal current = goals.get(account.id(), goalId);
    GoalInput merged =
        patches.merge(
            new GoalInput(
                current.kind(),
                current.target(),
                current.periodStart(),
                current.periodEnd(),
                current.plan(),
                current.version()),
            body,
            GoalInput.class);
    int version =
        body.has("version") && merged.version() != null
            ? merged.version()
            : JsonPatches.versionOf(ifMatch).orElse(current.version());
    goals.editGoal(account.id(), goalId, version, merged.toCommand());
    return json(goals.view(account.id(), goalId));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a goal (it can be restored)")
  ResponseEntity<Void> delete(@PathVariable String id) {
    goals.deleteGoal(account.id(), parse(id));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Bring back a deleted goal")
  GoalJson restore(@PathVariable String id) {
    long goalId = parse(id);
    goals.restoreGoal(account.id(), goalId);
    return json(goals.view(account.id(), goalId));
  }

  private static GoalJson json(GoalView v) {
    Goal g = v.goal();
    return new GoalJson(
        Ids.format(g.id()),
        g.kind(),
        g.target(),
        g.periodStart(),
        g.periodEnd(),
        g.plan(),
        new ProgressJson(
            v.progress().current(),
            v.progress().target(),
            v.progress().onTrack(),
            Math.round(v.progress().expectedByNow() * 10) / 10.0),
        g.version());
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> GoalNotFound.forId(id));
  }
}

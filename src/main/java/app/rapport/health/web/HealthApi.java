package app.rapport.health.web;

import app.rapport.health.HealthService;
import app.rapport.health.NetworkHealth;
import app.rapport.model.CompositionItem;
import app.rapport.model.Ready10Criterion;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Ready-10 through the JSON API. */
@RestController
@RequestMapping("/api/v1/network-health")
@Tag(name = "Network health", description = "The Ready-10: who could help you right now")
class HealthApi {

  /** Someone who counts. */
  record PersonJson(String contactId, String fullName, boolean activated) {}

  /** Someone who nearly counts, and what they lack. */
  record NearMissJson(
      String contactId, String fullName, Set<Ready10Criterion> missing, List<String> reasons) {}

  /** One step of the makeover plan. */
  record StepJson(String text, String contactId) {}

  /** The whole answer; {@code score} is null when relevance cannot be judged (no target). */
  record HealthJson(
      Integer score,
      boolean relevanceJudged,
      List<PersonJson> qualifying,
      List<NearMissJson> nearMisses,
      List<CompositionItem> composition,
      List<String> plan,
      List<StepJson> steps,
      int activated,
      List<String> summary) {}

  private final HealthService health;
  private final CurrentAccount account;

  HealthApi(HealthService health, CurrentAccount account) {
    this.health = health;
    this.account = account;
  }

  @GetMapping
  @Operation(summary = "Your Ready-10: the score, who counts, near misses and a makeover plan")
  HealthJson get() {
    NetworkHealth h = health.networkHealth(account.id());
    return new HealthJson(
        h.score(),
        h.relevanceJudged(),
        h.qualifying().stream()
            .map(p -> new PersonJson(Ids.format(p.contactId()), p.fullName(), p.activated()))
            .toList(),
        h.nearMisses().stream()
            .map(
                m ->
                    new NearMissJson(
                        Ids.format(m.contactId()), m.fullName(), m.missing(), m.reasons()))
            .toList(),
        h.composition(),
        h.plan().stream().map(NetworkHealth.Step::text).toList(),
        h.plan().stream()
            .map(
                s ->
                    new StepJson(
                        s.text(), s.contactId() == null ? null : Ids.format(s.contactId())))
            .toList(),
        h.activated(),
        h.summary());
  }
}

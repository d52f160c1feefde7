package app.rapport.warmpaths.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.warmpaths.IntroductionAsk;
import app.rapport.warmpaths.WarmPathService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Warm paths through the JSON API. */
@RestController
@RequestMapping("/api/v1/warm-paths")
@Tag(
    name = "Warm paths",
    description = "The best ways into an organisation, through people you know")
class WarmPathsApi {

  private final WarmPathService warmPaths;
  private final CurrentAccount account;

  WarmPathsApi(WarmPathService warmPaths, CurrentAccount account) {
    this.warmPaths = warmPaths;
    this.account = account;
  }

  @GetMapping
  @Operation(
      summary = "Ranked paths to an organisation (organization=NAME) or a person (contactId=ID)")
  WarmPathsJson find(
      @RequestParam(required = false) String organization,
      @RequestParam(required = false) String contactId) {
    if (contactId != null && !contactId.isBlank()) {
      long person = Ids.parse(contactId).orElseThrow(() -> ContactNotFound.forId(contactId));
      return WarmPathsJson.of(warmPaths.toPerson(account.id(), person));
    }
    return WarmPathsJson.of(warmPaths.toOrganization(account.id(), organization));
  }

  @PostMapping("/ask")
  @Operation(
      summary = "Ask for an introduction: a follow-up for today, with a message to start from")
  ResponseEntity<IntroductionAskJson> ask(@RequestBody AskInput input) {
    List<Long> ids = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    List<String> given = input.contactIds() == null ? List.of() : input.contactIds();
    for (int i = 0; i < given.size(); i++) {
      var id = Ids.parse(given.get(i));
      if (id.isEmpty()) {
        problems.add(
            new FieldProblem(
                "contactIds[" + i + "]", "'" + given.get(i) + "' is not a person's id."));
      } else {
        ids.add(id.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    IntroductionAsk ask = warmPaths.askForIntroduction(account.id(), ids);
    return ResponseEntity.created(
            URI.create("/api/v1/introductions/" + Ids.format(ask.introduction().id())))
        .body(IntroductionAskJson.of(ask));
  }
}

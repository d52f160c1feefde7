package app.rapport.goals.web;

import app.rapport.goals.Goal;
import app.rapport.goals.GoalCommand;
import app.rapport.goals.GoalNotFound;
import app.rapport.goals.GoalService;
import app.rapport.model.DefaultGoal;
import app.rapport.model.GoalKind;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goals for the year: the list with progress, the form, and the new-year wizard. */
@Controller
class GoalsController {

  private final GoalService goals;
  private final CurrentAccount account;
  private final Clock clock;

  GoalsController(GoalService goals, CurrentAccount account, Clock clock) {
    this.goals = goals;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/goals")
  String list(Model model) {
    model.addAttribute("goals", goals.currentGoals(account.id()));
    model.addAttribute("wizardYear", goals.wizardYear());
    return "goals/list";
  }

  @GetMapping("/goals/new")
  String newForm(Model model) {
    return form(model, GoalForm.blank(), FormErrors.none(), null, false);
  }

  @PostMapping("/goals")
  String create(
      @ModelAttribute GoalForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Goal goal = goals.setGoal(account.id(), parse(form));
      Notices.add(redirect, Notice.of("Your goal is set: " + GoalService.label(goal.kind()) + "."));
      return "redirect:/goals";
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), null, false);
    }
  }

  @GetMapping("/goals/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    return form(
        model, GoalForm.of(goals.get(account.id(), parse(id))), FormErrors.none(), id, false);
  }

  @PostMapping("/goals/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute GoalForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long goalId = parse(id);
    try {
      goals.editGoal(
          account.id(), goalId, form.version() == null ? -1 : form.version(), parse(form));
      Notices.add(redirect, Notice.of("Your changes to the goal were saved."));
      return "redirect:/goals";
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), id, false);
    } catch (StaleEdit stale) {
      response.setStatus(409);
      GoalForm keep =
          new GoalForm(
              form.kind(),
              form.target(),
              form.period(),
              form.periodStart(),
              form.periodEnd(),
              form.plan(),
              goals.get(account.id(), goalId).version());
      return form(model, keep, FormErrors.none(), id, true);
    }
  }

  @PostMapping("/goals/{id}/delete")
  String delete(@PathVariable String id, RedirectAttributes redirect) {
    Goal goal = goals.deleteGoal(account.id(), parse(id));
    Notices.add(
        redirect,
        Notice.withUndo(
            "The goal \"" + GoalService.label(goal.kind()) + "\" was deleted.",
            "/goals/" + id + "/restore"));
    return "redirect:/goals";
  }

  @PostMapping("/goals/{id}/restore")
  String restore(@PathVariable String id, RedirectAttributes redirect) {
    goals.restoreGoal(account.id(), parse(id));
    Notices.add(redirect, Notice.of("The goal is back."));
    return "redirect:/goals";
  }

  @GetMapping("/goals/new-year")
  String wizard(Model model) {
    return wizard(
        model, WizardView.proposing(goals.proposals(), goals.wizardYear()), FormErrors.none());
  }

  /**
   * Sets the goals ticked in the wizard. Rows arrive as {@code goals[i].kind}, {@code
   * goals[i].chosen}, {@code goals[i].target}, {@code goals[i].plan}.
   */
  @PostMapping("/goals/new-year")
  String setYear(
      HttpServletRequest request,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    int year = goals.wizardYear();
    List<DefaultGoal> proposals = goals.proposals();
    List<WizardView.Row> rows = new ArrayList<>();
    List<GoalCommand> commands = new ArrayList<>();
    List<FieldProblem> unreadable = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      String prefix = "goals[" + i + "].";
      GoalKind kind = proposals.get(i).kind();
      boolean chosen = "true".equals(request.getParameter(prefix + "chosen"));
      String target = request.getParameter(prefix + "target");
      String plan = request.getParameter(prefix + "plan");
      rows.add(new WizardView.Row(proposals.get(i), chosen, target, plan));
      if (!chosen) {
        continue;
      }
      int parsed = 0;
      try {
        parsed = Integer.parseInt(target == null ? "" : target.trim());
      } catch (NumberFormatException e) {
        unreadable.add(
            new FieldProblem(
                prefix + "target",
                "Write the target for "
                    + proposals.get(i).unit()
                    + " as a whole number, such as "
                    + proposals.get(i).target()
                    + "."));
      }
      commands.add(
          new GoalCommand(
              kind, parsed, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), plan));
    }
    try {
      if (!unreadable.isEmpty()) {
        throw new InvalidInput(unreadable);
      }
      if (commands.isEmpty()) {
        throw InvalidInput.of("goals", "Tick at least one goal to set.");
      }
      goals.setGoals(account.id(), commands);
      Notices.add(redirect, Notice.of(commands.size() + " goals set for " + year + "."));
      return "redirect:/goals";
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return wizard(model, new WizardView(year, rows), FormErrors.of(rowProblems(invalid, rows)));
    }
  }

  /** Problems found on the n-th chosen goal belong to its row on the page. */
  private static List<FieldProblem> rowProblems(InvalidInput invalid, List<WizardView.Row> rows) {
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).chosen()) {
        chosen.add(i);
      }
    }
    return invalid.problems().stream()
        .map(
            p -> {
              var match =
                  java.util.regex.Pattern.compile("^goals\\[(\\d+)]\\.(.*)$").matcher(p.field());
              if (match.matches()
                  && p.field().startsWith("goals[")
                  && !p.field().contains("].chosen")) {
                int index = Integer.parseInt(match.group(1));
                int row = index < chosen.size() ? chosen.get(index) : index;
                return new FieldProblem("goals[" + row + "]." + match.group(2), p.message());
              }
              return p;
            })
        .toList();
  }

  private String wizard(Model model, WizardView view, FormErrors errors) {
    model.addAttribute("wizard", view);
    model.addAttribute("errors", errors);
    return "goals/wizard";
  }

  private GoalCommand parse(GoalForm form) {
    GoalForm.Parsed parsed = form.parse(LocalDate.now(clock));
    if (!parsed.problems().isEmpty()) {
      throw new InvalidInput(parsed.problems());
    }
    return parsed.command();
  }

  private String form(Model model, GoalForm form, FormErrors errors, String id, boolean stale) {
    model.addAttribute("form", new GoalFormView(form, errors, id, stale));
    return "goals/form";
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> GoalNotFound.forId(id));
  }
}

package app.rapport.goals.web;

import app.rapport.goals.GoalService;
import app.rapport.model.DefaultGoal;
import java.util.List;

/** The new-year wizard: the research-based defaults for a year, each to tick and adjust. */
public record WizardView(int year, List<Row> rows) {

  /** One proposed goal, as shown or as typed. */
  public record Row(DefaultGoal proposal, boolean chosen, String target, String plan) {

    public String label() {
      return GoalService.label(proposal.kind());
    }
  }

  static WizardView proposing(List<DefaultGoal> proposals, int year) {
    return new WizardView(
        year,
        proposals.stream()
            .map(p -> new Row(p, true, String.valueOf(p.target()), p.plan()))
            .toList());
  }
}

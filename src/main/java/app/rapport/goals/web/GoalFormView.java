package app.rapport.goals.web;

import app.rapport.goals.GoalService;
import app.rapport.model.GoalKind;
import app.rapport.platform.web.FormErrors;
import java.util.List;

/** The goal form as its template shows it. */
public record GoalFormView(GoalForm form, FormErrors errors, String id, boolean stale) {

  public boolean isNew() {
    return id == null;
  }

  public String action() {
    return isNew() ? "/goals" : "/goals/" + id;
  }

  public List<GoalKind> kinds() {
    return List.of(GoalKind.values());
  }

  public String label(GoalKind kind) {
    return GoalService.label(kind);
  }
}

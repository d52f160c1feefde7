package app.rapport.introductions.web;

import app.rapport.introductions.KnowsHow;
import app.rapport.platform.web.FormErrors;
import java.util.List;

/** The form "someone they know" as its template shows it. */
public record KnowsFormView(
    KnowsForm form,
    FormErrors errors,
    Choice person,
    Choice fixedOther,
    List<Choice> otherChoices,
    String id) {

  public boolean isNew() {
    return id == null;
  }

  public String action() {
    return isNew() ? "/knows" : "/knows/" + id;
  }

  public List<KnowsHow> ways() {
    return List.of(KnowsHow.values());
  }

  public String heading() {
    String first = IntroductionFormView.first(person.name());
    return isNew()
        ? "Someone " + first + " knows"
        : "How " + first + " and " + fixedOther.name() + " know each other";
  }

  public String cancel() {
    return form.returnTo() != null ? form.returnTo() : "/people/" + person.id();
  }
}

package app.rapport.introductions.web;

import app.rapport.introductions.IntroductionStatus;
import app.rapport.platform.web.FormErrors;
import java.util.List;

/** The introduction form as its template shows it. */
public record IntroductionFormView(
    IntroductionForm form,
    FormErrors errors,
    Choice fixedIntroducer,
    Choice fixedIntroduced,
    List<Choice> introducerChoices,
    List<Choice> introducedChoices) {

  public List<IntroductionStatus> statuses() {
    return List.of(IntroductionStatus.values());
  }

  public String heading() {
    if (fixedIntroducer != null) {
      return "Someone " + first(fixedIntroducer.name()) + " introduced you to";
    }
    if (fixedIntroduced != null) {
      return "Who introduced you to " + fixedIntroduced.name() + "?";
    }
    return "Record an introduction";
  }

  public String cancel() {
    if (form.returnTo() != null) {
      return form.returnTo();
    }
    if (fixedIntroducer != null) {
      return "/people/" + fixedIntroducer.id();
    }
    return fixedIntroduced != null ? "/people/" + fixedIntroduced.id() : "/people";
  }

  static String first(String name) {
    int space = name.indexOf(' ');
    return space > 0 ? name.substring(0, space) : name;
  }
}

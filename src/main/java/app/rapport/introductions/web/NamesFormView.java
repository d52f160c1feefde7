package app.rapport.introductions.web;

import app.rapport.platform.web.FormErrors;
import java.util.List;

/**
 * The "they mentioned names" form as its template shows it: who mentioned them (fixed, or chosen
 * among the people of the conversation), and each row's namesakes to choose from.
 */
public record NamesFormView(
    NamesForm form,
    FormErrors errors,
    Choice fixedIntroducer,
    List<Choice> introducers,
    List<List<Choice>> namesakes,
    String conversation) {

  public String who() {
    return fixedIntroducer == null ? "they" : IntroductionFormView.first(fixedIntroducer.name());
  }

  public String cancel() {
    if (form.returnTo() != null) {
      return form.returnTo();
    }
    return fixedIntroducer == null ? "/people" : "/people/" + fixedIntroducer.id();
  }
}

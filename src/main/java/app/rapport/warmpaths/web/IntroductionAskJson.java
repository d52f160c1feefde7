package app.rapport.warmpaths.web;

import app.rapport.platform.db.Ids;
import app.rapport.warmpaths.IntroductionAsk;
import java.time.LocalDate;

/** "Ask for an introduction", done: the follow-up, the introduction asked for, the message. */
public record IntroductionAskJson(
    String followUpId, LocalDate dueOn, String what, String introductionId, String message) {

  static IntroductionAskJson of(IntroductionAsk ask) {
    return new IntroductionAskJson(
        Ids.format(ask.followUp().id()),
        ask.followUp().dueOn(),
        ask.followUp().what(),
        Ids.format(ask.introduction().id()),
        ask.message());
  }
}

package app.rapport.warmpaths;

import app.rapport.introductions.Introduction;
import app.rapport.keepintouch.FollowUp;

/**
 * "Ask for an introduction", done: the follow-up that reminds the user to ask, the introduction
 * kept as asked for, and a message to start from.
 */
public record IntroductionAsk(FollowUp followUp, Introduction introduction, String message) {}

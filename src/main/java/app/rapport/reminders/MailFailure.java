package app.rapport.reminders;

/** Sending an email failed; the message says what failed in plain words, never a stack trace. */
class MailFailure extends RuntimeException {

  MailFailure(String plainWords, Throwable cause) {
    super(plainWords, cause);
  }
}

package app.rapport.keepintouch;

import java.time.LocalDate;

/** A promise with a date: "send her the article by Friday". */
public record FollowUp(
    long id,
    long contactId,
    String fullName,
    Long touchpointId,
    LocalDate dueOn,
    String what,
    Status status,
    int version) {

  public enum Status {
    OPEN,
    DONE,
    DROPPED
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }
}

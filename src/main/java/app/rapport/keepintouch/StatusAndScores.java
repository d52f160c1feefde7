package app.rapport.keepintouch;

/** Where the user stands with one person, and how close they are and could open a new door. */
public record StatusAndScores(KeepInTouchStatus status, TieScores scores) {}

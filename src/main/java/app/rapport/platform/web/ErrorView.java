package app.rapport.platform.web;

/** What an error page says: the status, a heading and a sentence on what to do next. */
public record ErrorView(int status, String heading, String message) {}

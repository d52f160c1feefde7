package app.rapport.platform.web;

/** One choice of a drop-down list: the value sent, and the words shown. */
public record SelectOption(String value, String label) {}

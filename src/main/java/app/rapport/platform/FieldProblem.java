package app.rapport.platform;

/**
 * One thing wrong with what the user gave: the field it concerns (as the API names it, for example
 * {@code emails[1].value}) and a message in plain words that says how to put it right.
 */
public record FieldProblem(String field, String message) {}

package app.rapport.touchpoints.web;

/** A person the touchpoint form can tick: their id, name and what tells them apart. */
public record PersonOption(String id, String name, String detail) {}

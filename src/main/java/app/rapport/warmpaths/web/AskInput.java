package app.rapport.warmpaths.web;

import java.util.List;

/** The body of {@code POST /api/v1/warm-paths/ask}: a path's people, as a path lists them. */
public record AskInput(List<String> contactIds) {}

package app.rapport.opportunities.web;

import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.Stage;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The board: one column per stage, each card with buttons that move it (no dragging needed), and a
 * link to the whole list of a stage when it holds more than the board shows.
 */
public record BoardView(Map<Stage, PageResult<Opportunity>> columns, LocalDate today) {

  public List<Stage> stages() {
    return List.of(Stage.values());
  }

  public PageResult<Opportunity> column(Stage stage) {
    return columns.get(stage);
  }

  public long total() {
    return columns.values().stream().mapToLong(PageResult::total).sum();
  }

  public String id(Opportunity o) {
    return Ids.format(o.id());
  }

  public String written(LocalDate date) {
    return date == null ? "" : Dates.shortWritten(date) + " (" + Dates.relative(date, today) + ")";
  }

  public String sources(Opportunity o) {
    return String.join(
        ", ",
        o.sources().stream().map(p -> p.fullName() + (p.removed() ? " (removed)" : "")).toList());
  }
}

package app.rapport.opportunities.web;

import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.Stage;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;

/** Every opportunity at one stage, a page at a time. */
public record StageListView(Stage stage, PageResult<Opportunity> opportunities) {

  public String id(Opportunity o) {
    return Ids.format(o.id());
  }

  public String page(int page) {
    return "/opportunities/stages/"
        + stage.name().toLowerCase(java.util.Locale.ROOT)
        + "?page="
        + page;
  }
}

package app.rapport.touchpoints.web;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.web.FormErrors;
import java.util.List;

/** The touchpoint form as its template shows it. */
public record TouchpointFormView(
    TouchpointForm form,
    FormErrors errors,
    String id,
    List<PersonOption> chosen,
    List<PersonOption> matches,
    boolean searched,
    boolean stale) {

  public boolean isNew() {
    return id == null;
  }

  public String action() {
    return isNew() ? "/touchpoints" : "/touchpoints/" + id;
  }

  public List<Channel> channels() {
    return List.of(Channel.values());
  }

  public List<Direction> directions() {
    return List.of(Direction.values());
  }
}

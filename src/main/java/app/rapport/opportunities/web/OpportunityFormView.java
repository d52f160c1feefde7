package app.rapport.opportunities.web;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.web.Choice;
import app.rapport.model.Channel;
import app.rapport.opportunities.OpportunitySource;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.platform.web.FormErrors;
import java.util.List;

/** The opportunity form as its template shows it. */
public record OpportunityFormView(
    OpportunityForm form,
    FormErrors errors,
    String id,
    Introduction introduction,
    List<List<Choice>> namesakes,
    boolean stale) {

  public boolean isNew() {
    return id == null;
  }

  public String action() {
    return isNew() ? "/opportunities" : "/opportunities/" + id;
  }

  public String heading() {
    return isNew() ? "Add an opportunity" : "Change " + form.title();
  }

  public String cancel() {
    if (form.returnTo() != null) {
      return form.returnTo();
    }
    return isNew() ? "/opportunities" : "/opportunities/" + id;
  }

  public List<Stage> stages() {
    return List.of(Stage.values());
  }

  public List<OpportunitySource> sources() {
    return List.of(OpportunitySource.values());
  }

  public List<Channel> channels() {
    return List.of(Channel.values());
  }

  public List<PersonRole> roles() {
    return List.of(PersonRole.values());
  }
}

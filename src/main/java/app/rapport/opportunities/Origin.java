package app.rapport.opportunities;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.PersonRef;
import java.util.List;

/**
 * The chain of people and introductions that led to an opportunity: you knew the first person; each
 * next one was introduced by the one before; the last brought the opportunity.
 *
 * @param steps the people in order, empty when the user found it on their own
 */
public record Origin(Opportunity opportunity, List<Step> steps) {

  public Origin {
    steps = List.copyOf(steps);
  }

  /** A person in the chain, and the introduction that brought them (null for the first). */
  public record Step(PersonRef person, Introduction introduction) {}

  /** "You → Carl Diaz → Ana Ruiz → Practice Manager at Fabrikam (Interviewing)". */
  public String summary() {
    StringBuilder text = new StringBuilder("You");
    for (Step step : steps) {
      text.append(" → ").append(step.person().fullName());
      if (step.person().removed()) {
        text.append(" (removed)");
      }
    }
    return text.append(" → ")
        .append(opportunity.heading())
        .append(" (")
        .append(opportunity.stage().label())
        .append(")")
        .toString();
  }
}

package app.rapport.opportunities.web;

import app.rapport.introductions.web.FormPeople;
import app.rapport.model.Channel;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityCommand;
import app.rapport.opportunities.OpportunitySource;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What the opportunity form posts, as typed. */
public record OpportunityForm(
    String title,
    String organization,
    String stage,
    String source,
    String channel,
    String openedOn,
    String nextStep,
    String nextStepOn,
    String notes,
    String introductionId,
    List<PersonRow> people,
    Integer version,
    String returnTo) {

  /** Someone involved, as typed: a name and their part; the id once they are known. */
  public record PersonRow(String contactId, String fullName, String role) {}

  public OpportunityForm {
    people = people == null ? new ArrayList<>() : new ArrayList<>(people);
  }

  public static OpportunityForm blank(LocalDate today, List<PersonRow> people, String returnTo) {
    List<PersonRow> rows = new ArrayList<>(people);
    rows.add(new PersonRow("", "", PersonRole.OTHER.name()));
    return new OpportunityForm(
        "", "", Stage.LEAD.name(), "", "", today.toString(), "", "", "", "", rows, null, returnTo);
  }

  public static OpportunityForm of(Opportunity o) {
    List<PersonRow> rows = new ArrayList<>();
    o.people()
        .forEach(
            p ->
                rows.add(
                    new PersonRow(
                        Ids.format(p.person().contactId()),
                        p.person().fullName(),
                        p.role().name())));
    rows.add(new PersonRow("", "", PersonRole.OTHER.name()));
    return new OpportunityForm(
        o.title(),
        o.organization() == null ? "" : o.organization(),
        o.stage().name(),
        o.source().name(),
        o.channel() == null ? "" : o.channel().name(),
        o.openedOn().toString(),
        o.nextStep() == null ? "" : o.nextStep(),
        o.nextStepOn() == null ? "" : o.nextStepOn().toString(),
        o.notes() == null ? "" : o.notes(),
        o.introductionId() == null ? "" : Ids.format(o.introductionId()),
        rows,
        o.version(),
        null);
  }

  public OpportunityForm withBlankRow() {
    List<PersonRow> rows = new ArrayList<>(people);
    rows.add(new PersonRow("", "", PersonRole.OTHER.name()));
    return new OpportunityForm(
        title,
        organization,
        stage,
        source,
        channel,
        openedOn,
        nextStep,
        nextStepOn,
        notes,
        introductionId,
        rows,
        version,
        returnTo);
  }

  public Parsed parse() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate opened = date(openedOn, "openedOn", problems);
    LocalDate next = date(nextStepOn, "nextStepOn", problems);
    Stage parsedStage = Stage.parse(stage);
    if (parsedStage == null && Text.trimToNull(stage) != null) {
      problems.add(new FieldProblem("stage", "Choose one of the listed stages."));
    }
    OpportunitySource parsedSource = OpportunitySource.parse(source);
    Channel parsedChannel = null;
    if (Text.trimToNull(channel) != null) {
      try {
        parsedChannel = Channel.valueOf(channel.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("channel", "Choose one of the listed ways."));
      }
    }
    List<OpportunityCommand.Involvement> involved = new ArrayList<>();
    for (PersonRow row : people) {
      // a row whose name was cleared takes the person off, whatever id it still carries
      if (row == null || Text.trimToNull(row.fullName()) == null) {
        involved.add(null);
        continue;
      }
      PersonRole role = PersonRole.parse(row.role());
      involved.add(
          new OpportunityCommand.Involvement(
              FormPeople.input(row.contactId(), row.fullName(), null),
              role == null ? PersonRole.OTHER : role));
    }
    return new Parsed(
        new OpportunityCommand(
            title,
            organization,
            parsedStage,
            parsedSource,
            parsedChannel,
            opened,
            nextStep,
            next,
            notes,
            Ids.parse(introductionId).orElse(null),
            involved),
        problems);
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (Text.trimToNull(text) == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(
          new FieldProblem(field, "Write the date as year-month-day, for example 2026-11-24."));
      return null;
    }
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(OpportunityCommand command, List<FieldProblem> problems) {}
}

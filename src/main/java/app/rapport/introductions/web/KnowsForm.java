package app.rapport.introductions.web;

import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.KnowsLinkCommand;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What the form "someone they know" posts, as typed. {@code professional} is {@code yes}, {@code
 * no}, or empty to follow how they know each other.
 */
public record KnowsForm(
    String contactId,
    String otherId,
    String otherName,
    String otherCompany,
    String how,
    String professional,
    String organization,
    String fromYear,
    String toYear,
    String note,
    Integer version,
    String returnTo) {

  public static KnowsForm blank(String contactId, String returnTo) {
    return new KnowsForm(contactId, "", "", "", "", "", "", "", "", "", null, returnTo);
  }

  public static KnowsForm of(KnowsLink l, long from, String returnTo) {
    return new KnowsForm(
        app.rapport.platform.db.Ids.format(from),
        app.rapport.platform.db.Ids.format(l.otherThan(from).contactId()),
        "",
        "",
        l.how().name(),
        l.professional() ? "yes" : "no",
        l.organization() == null ? "" : l.organization(),
        l.fromYear() == null ? "" : l.fromYear().toString(),
        l.toYear() == null ? "" : l.toYear().toString(),
        l.note() == null ? "" : l.note(),
        l.version(),
        returnTo);
  }

  public Parsed parse() {
    List<FieldProblem> problems = new ArrayList<>();
    Integer from = year(fromYear, "fromYear", problems);
    Integer to = year(toYear, "toYear", problems);
    KnowsHow parsedHow = KnowsHow.parse(how);
    if (parsedHow == null && Text.trimToNull(how) != null) {
      problems.add(new FieldProblem("how", "Choose one of the listed ways."));
    }
    Boolean isProfessional =
        "yes".equals(professional)
            ? Boolean.TRUE
            : "no".equals(professional) ? Boolean.FALSE : null;
    return new Parsed(
        new KnowsLinkCommand(
            FormPeople.input(contactId, null, null),
            FormPeople.input(otherId, otherName, otherCompany),
            parsedHow,
            isProfessional,
            organization,
            from,
            to,
            note),
        problems);
  }

  private static Integer year(String text, String field, List<FieldProblem> problems) {
    if (Text.trimToNull(text) == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "Write a year, for example 2015."));
      return null;
    }
  }

  public record Parsed(KnowsLinkCommand command, List<FieldProblem> problems) {}
}

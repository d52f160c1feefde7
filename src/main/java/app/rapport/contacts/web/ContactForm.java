package app.rapport.contacts.web;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import app.rapport.contacts.Seniority;
import app.rapport.model.Tier;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the person form posts, as typed: every field is text so that a mistyped date or number comes
 * back to the user exactly as they wrote it, with a message beside it.
 */
public record ContactForm(
    String fullName,
    List<Row> emails,
    List<Row> phones,
    String linkedinUrl,
    String company,
    String title,
    String industry,
    String tier,
    String tags,
    String notes,
    String howWeMet,
    String knownSince,
    String cadenceDays,
    CareerForm career,
    Integer version,
    String birthday) {

  /** One email or phone row: the value and its label. */
  public record Row(String value, String label) {}

  /** The career facts as typed. */
  public record CareerForm(
      String jobFunction,
      String seniority,
      Boolean canHireOrRefer,
      Boolean knowsGoal,
      String knowsGoalSince,
      String mutualConnections,
      String closenessRating,
      Boolean doNotContact) {

    static CareerForm empty() {
      return new CareerForm("", "", false, false, "", "", "", false);
    }

    static CareerForm of(CareerFacts f) {
      return new CareerForm(
          f.jobFunction(),
          f.seniority() == null ? "" : f.seniority().name(),
          f.canHireOrRefer(),
          f.knowsGoal(),
          f.knowsGoalSince() == null ? "" : f.knowsGoalSince().toString(),
          f.mutualConnections() == null ? "" : f.mutualConnections().toString(),
          f.closenessRating() == null ? "" : f.closenessRating().toString(),
          f.doNotContact());
    }

    public boolean hireOrRefer() {
      return Boolean.TRUE.equals(canHireOrRefer);
    }

    public boolean toldGoal() {
      return Boolean.TRUE.equals(knowsGoal);
    }

    public boolean noContact() {
      return Boolean.TRUE.equals(doNotContact);
    }
  }

  public ContactForm {
    emails = emails == null ? new ArrayList<>() : new ArrayList<>(emails);
    phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    career = career == null ? CareerForm.empty() : career;
  }

  public static ContactForm empty() {
    return new ContactForm(
        "",
        List.of(),
        List.of(),
        "",
        "",
        "",
        "",
        Tier.NETWORK.name(),
        "",
        "",
        "",
        "",
        "",
        CareerForm.empty(),
        null,
        "");
  }

  public static ContactForm of(Contact c) {
    return new ContactForm(
        c.fullName(),
        c.emails().stream().map(e -> new Row(e.value(), e.label())).toList(),
        c.phones().stream().map(p -> new Row(p.value(), p.label())).toList(),
        c.linkedinUrl(),
        c.company(),
        c.title(),
        c.industry(),
        c.tier().name(),
        String.join(", ", c.tags()),
        c.notes(),
        c.howWeMet(),
        c.knownSince() == null ? "" : c.knownSince().toString(),
        c.cadenceDays() == null ? "" : c.cadenceDays().toString(),
        CareerForm.of(c.career()),
        c.version(),
        c.birthday() == null ? "" : c.birthday().written());
  }

  /** The same form with one more empty row of emails or phones, for "add another". */
  public ContactForm withBlankRow(String kind) {
    List<Row> moreEmails = new ArrayList<>(emails);
    List<Row> morePhones = new ArrayList<>(phones);
    if ("email".equals(kind)) {
      moreEmails.add(new Row("", ""));
    } else if ("phone".equals(kind)) {
      morePhones.add(new Row("", ""));
    }
    return new ContactForm(
        fullName,
        moreEmails,
        morePhones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        version,
        birthday);
  }

  /** Rows to show: what was typed, and at least one empty row to type into. */
  public List<Row> emailRows() {
    return withAtLeastOneBlank(emails);
  }

  public List<Row> phoneRows() {
    return withAtLeastOneBlank(phones);
  }

  private static List<Row> withAtLeastOneBlank(List<Row> rows) {
    List<Row> shown = new ArrayList<>(rows);
    if (shown.isEmpty() || Text.trimToNull(shown.get(shown.size() - 1).value()) != null) {
      shown.add(new Row("", ""));
    }
    return shown;
  }

  /** The same form with another version: what a stale edit is shown with. */
  public ContactForm withVersion(Integer newVersion) {
    return new ContactForm(
        fullName,
        emails,
        phones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        newVersion,
        birthday);
  }

  /**
   * The form read as a command, with a problem for each field that could not be read. {@code today}
   * is when "knows what I'm looking for" was ticked without a date.
   */
  public Parsed parse(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    Tier parsedTier = Tier.parse(tier);
    if (Text.trimToNull(tier) != null && parsedTier == null) {
      problems.add(new FieldProblem("tier", "Choose one of the listed tiers."));
    }
    LocalDate since = null;
    if (Text.trimToNull(knownSince) != null) {
      try {
        since = LocalDate.parse(knownSince.trim());
      } catch (DateTimeParseException e) {
        problems.add(
            new FieldProblem(
                "knownSince", "Write the date as year-month-day, for example 2019-04-21."));
      }
    }
    app.rapport.contacts.Birthday born = null;
    if (Text.trimToNull(birthday) != null) {
      born = app.rapport.contacts.Birthday.parse(birthday).orElse(null);
      if (born == null) {
        problems.add(
            new FieldProblem(
                "birthday",
                "Write the birthday as day, month and year, for example 15 March 1985, or 15 March"
                    + " when you do not know the year."));
      }
    }
    Integer cadence =
        number(
            cadenceDays,
            "cadenceDays",
            "Write how often to reach out as a whole number of days, such as 60.",
            problems);
    Integer mutuals =
        number(
            career.mutualConnections(),
            "career.mutualConnections",
            "Write the mutual connections as a whole number, such as 12.",
            problems);
    Integer rating =
        number(
            career.closenessRating(),
            "career.closenessRating",
            "Choose a number from 1 to 5.",
            problems);
    Seniority seniority = Seniority.parse(career.seniority());
    if (Text.trimToNull(career.seniority()) != null && seniority == null) {
      problems.add(new FieldProblem("career.seniority", "Choose one of the listed levels."));
    }
    LocalDate told = null;
    if (career.toldGoal()) {
      told = today;
      if (Text.trimToNull(career.knowsGoalSince()) != null) {
        try {
          told = LocalDate.parse(career.knowsGoalSince().trim());
        } catch (DateTimeParseException e) {
          problems.add(
              new FieldProblem(
                  "career.knowsGoalSince",
                  "Write the date as year-month-day, for example 2026-11-20."));
        }
      }
    }
    List<String> tagList = new ArrayList<>();
    if (tags != null) {
      for (String tag : tags.split(",")) {
        if (!tag.isBlank()) {
          tagList.add(tag.strip());
        }
      }
    }
    ContactCommand command =
        new ContactCommand(
            fullName,
            emails.stream().map(r -> new EmailAddress(r.value(), r.label())).toList(),
            phones.stream().map(r -> PhoneNumber.of(r.value(), r.label())).toList(),
            linkedinUrl,
            company,
            title,
            industry,
            parsedTier,
            tagList,
            notes,
            howWeMet,
            since,
            cadence,
            new CareerFacts(
                career.jobFunction(),
                seniority,
                career.hireOrRefer(),
                told,
                mutuals,
                rating,
                career.noContact()),
            born);
    return new Parsed(command, problems);
  }

  private static Integer number(
      String text, String field, String message, List<FieldProblem> problems) {
    if (Text.trimToNull(text) == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(ContactCommand command, List<FieldProblem> problems) {}
}

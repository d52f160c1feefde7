package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
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
    Integer version) {

  /** One email or phone row: the value and its label. */
  public record Row(String value, String label) {}

  public ContactForm {
    emails = emails == null ? new ArrayList<>() : new ArrayList<>(emails);
    phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
  }

  public static ContactForm empty() {
    return new ContactForm(
        "", List.of(), List.of(), "", "", "", "", Tier.NETWORK.name(), "", "", "", "", "", null);
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
        c.version());
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
        version);
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

  /** The form read as a command, with a problem for each field that could not be read. */
  public Parsed parse() {
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
    Integer cadence = null;
    if (Text.trimToNull(cadenceDays) != null) {
      try {
        cadence = Integer.valueOf(cadenceDays.trim());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("cadenceDays", "Write a whole number of days, such as 60."));
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
            cadence);
    return new Parsed(command, problems);
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(ContactCommand command, List<FieldProblem> problems) {}
}

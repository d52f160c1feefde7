package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.MergeChoices;
import app.rapport.contacts.MergeField;
import app.rapport.contacts.MergeSide;
import app.rapport.contacts.PhoneNumber;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.Dates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The merge screen: two people side by side, and for each field where they differ, which value the
 * merged person keeps. What both have in common, and every email address, phone number and tag,
 * needs no choice.
 */
public record MergeView(Contact keep, Contact other, List<Row> rows, MergeChoices choices) {

  /** One field: each side's value as shown, whether they differ, and the side chosen. */
  public record Row(MergeField field, String keepValue, String otherValue, MergeSide chosen) {

    public boolean differs() {
      return !Objects.equals(keepValue, otherValue);
    }

    public String name() {
      return field.name();
    }

    public String inputId(MergeSide side) {
      return "merge-" + field.name().toLowerCase() + "-" + side.name().toLowerCase();
    }
  }

  static MergeView of(Contact keep, Contact other, MergeChoices chosen) {
    MergeChoices proposed = MergeChoices.proposed(keep, other);
    List<Row> rows = new ArrayList<>();
    for (MergeField field : MergeField.values()) {
      MergeSide side = chosen.side(field) != null ? chosen.side(field) : proposed.side(field);
      rows.add(new Row(field, show(field, keep), show(field, other), side));
    }
    return new MergeView(keep, other, rows, chosen);
  }

  private static String show(MergeField field, Contact c) {
    return switch (field) {
      case FULL_NAME -> c.fullName();
      case COMPANY -> c.company();
      case TITLE -> c.title();
      case INDUSTRY -> c.industry();
      case TIER -> c.tier().label();
      case CADENCE -> c.cadenceDays() == null ? null : "every " + c.cadenceDays() + " days";
      case LINKEDIN -> c.linkedinUrl();
      case KNOWN_SINCE -> c.knownSince() == null ? null : Dates.shortWritten(c.knownSince());
      case BIRTHDAY -> c.birthday() == null ? null : c.birthday().written();
      case HOW_WE_MET -> c.howWeMet();
      case NOTES -> c.notes();
      case CAREER -> career(c);
    };
  }

  private static String career(Contact c) {
    var f = c.career();
    List<String> parts = new ArrayList<>();
    if (f.jobFunction() != null) {
      parts.add(f.jobFunction());
    }
    if (f.seniority() != null) {
      parts.add(f.seniority().label());
    }
    if (f.canHireOrRefer()) {
      parts.add("can hire or refer");
    }
    if (f.knowsGoalSince() != null) {
      parts.add("knows what you are looking for");
    }
    if (f.mutualConnections() != null) {
      parts.add(f.mutualConnections() + " mutual connections");
    }
    if (f.closenessRating() != null) {
      parts.add("closeness " + f.closenessRating() + " of 5");
    }
    if (f.doNotContact()) {
      parts.add("do not contact");
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  public String keepId() {
    return Ids.format(keep.id());
  }

  public String otherId() {
    return Ids.format(other.id());
  }

  public String swapLink() {
    return "/people/merge?keep=" + otherId() + "&merge=" + keepId();
  }

  /** Every email address of both, without repeats: all are kept. */
  public List<String> emails() {
    Set<String> all = new LinkedHashSet<>();
    for (EmailAddress e : keep.emails()) {
      all.add(e.value());
    }
    for (EmailAddress e : other.emails()) {
      if (keep.emails().stream().noneMatch(k -> k.key().equals(e.key()))) {
        all.add(e.value());
      }
    }
    return List.copyOf(all);
  }

  public List<String> phones() {
    Set<String> all = new LinkedHashSet<>();
    keep.phones().forEach(p -> all.add(p.value()));
    for (PhoneNumber p : other.phones()) {
      if (keep.phones().stream()
          .noneMatch(
              k -> k.e164() != null ? k.e164().equals(p.e164()) : k.value().equals(p.value()))) {
        all.add(p.value());
      }
    }
    return List.copyOf(all);
  }

  public List<String> tags() {
    Set<String> all = new LinkedHashSet<>(keep.tags());
    other.tags().stream()
        .filter(t -> keep.tags().stream().noneMatch(k -> k.equalsIgnoreCase(t)))
        .forEach(all::add);
    return List.copyOf(all);
  }
}

package app.rapport.imports.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes which column of a spreadsheet holds what, from its column names (in English and a few
 * other languages) and, optionally, from sample values. It is a proposal: the column-mapping screen
 * lets the user correct it.
 */
public final class CsvColumns {

  private static final Map<String, PersonField> NAMES = new HashMap<>();
  private static final java.util.regex.Pattern EMAIL_LIKE =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  static {
    names(
        PersonField.FULL_NAME,
        "name",
        "full name",
        "fullname",
        "display name",
        "contact",
        "contact name",
        "person",
        "naam",
        "nom complet");
    names(
        PersonField.FIRST_NAME,
        "first name",
        "firstname",
        "first",
        "given name",
        "forename",
        "vorname",
        "prenom",
        "nombre",
        "voornaam",
        "fornavn",
        "fornamn",
        "nome");
    names(
        PersonField.LAST_NAME,
        "last name",
        "lastname",
        "last",
        "family name",
        "surname",
        "nachname",
        "nom",
        "apellido",
        "apellidos",
        "achternaam",
        "efternavn",
        "efternamn",
        "cognome");
    names(
        PersonField.EMAIL,
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "mail",
        "e-mail 1 - value",
        "primary email",
        "work email",
        "personal email",
        "home email",
        "e-mail-adresse",
        "courriel",
        "correo");
    names(
        PersonField.PHONE,
        "phone",
        "phone number",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "work phone",
        "home phone",
        "business phone",
        "phone 1 - value",
        "telefon",
        "handy",
        "telephone number",
        "telefono");
    names(
        PersonField.COMPANY,
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "organization 1 - name",
        "employer",
        "firma",
        "unternehmen",
        "entreprise",
        "empresa",
        "org");
    names(
        PersonField.TITLE,
        "job title",
        "title",
        "position",
        "role",
        "occupation",
        "organization title",
        "organization 1 - title",
        "headline",
        "poste",
        "cargo");
    names(PersonField.NOTES, "notes", "note", "comments", "comment", "remarks", "notizen");
    names(
        PersonField.LINKEDIN_URL,
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "linkedin profile url",
        "profile url");
    names(
        PersonField.DATE_CONNECTED,
        "connected on",
        "date connected",
        "connected",
        "connected since",
        "known since");
    names(
        PersonField.BIRTHDAY,
        "birthday",
        "date of birth",
        "birth date",
        "birthdate",
        "dob",
        "geburtstag",
        "anniversaire");
  }

  private CsvColumns() {}

  private static void names(PersonField field, String... names) {
    for (String name : names) {
      NAMES.put(key(name), field);
    }
  }

  private static String key(String name) {
    String plain =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]", "");
  }

  /** A proposal from the column names alone. */
  public static ColumnMapping guess(List<String> header) {
    return guess(header, List.of());
  }

  /**
   * A proposal from the column names, completed from sample rows: a column whose values are mostly
   * email addresses or LinkedIn profile addresses is taken for that, whatever its name.
   */
  public static ColumnMapping guess(List<String> header, List<List<String>> sampleRows) {
    List<PersonField> fields = new ArrayList<>();
    Set<PersonField> taken = EnumSet.noneOf(PersonField.class);
    boolean hasJobTitle =
        header.stream()
            .anyMatch(name -> NAMES.get(key(name)) == PersonField.TITLE && !isTitle(name));
    for (int i = 0; i < header.size(); i++) {
      PersonField field = byName(header.get(i));
      if (field == PersonField.TITLE && hasJobTitle && isTitle(header.get(i))) {
        // Beside a "Job Title" column, a bare "Title" is an honorific such as "Dr.".
        field = PersonField.IGNORE;
      }
      if (field == null) {
        field = byValues(i, sampleRows);
      }
      if (field != PersonField.IGNORE && !field.isRepeatable() && !taken.add(field)) {
        field = PersonField.IGNORE;
      }
      fields.add(field);
    }
    return new ColumnMapping(fields);
  }

  private static boolean isTitle(String name) {
    return key(name).equals("title");
  }

  private static PersonField byName(String name) {
    String key = key(name);
    if (key.isEmpty()) {
      return null;
    }
    PersonField exact = NAMES.get(key);
    if (exact != null) {
      return exact;
    }
    if (key.endsWith("type")
        || key.endsWith("typ")
        || key.endsWith("label")
        || key.endsWith("displayname")
        || key.endsWith("angezeigtername")) {
      // An address's type or display name ("E-mail Type", German "E-Mail-Typ"), not an address.
      return null;
    }
    if (key.contains("linkedin")) {
      return PersonField.LINKEDIN_URL;
    }
    if (key.contains("email") || key.endsWith("mail")) {
      return PersonField.EMAIL;
    }
    if (key.contains("phone") || key.contains("mobil") || key.contains("telefon")) {
      return PersonField.PHONE;
    }
    if (key.contains("birthday")) {
      return PersonField.BIRTHDAY;
    }
    return null;
  }

  private static PersonField byValues(int column, List<List<String>> rows) {
    int filled = 0;
    int emails = 0;
    int profiles = 0;
    for (List<String> row : rows) {
      String value = column < row.size() ? Text.clean(row.get(column)) : null;
      if (value == null) {
        continue;
      }
      filled++;
      if (EMAIL_LIKE.matcher(value).matches()) {
        emails++;
      }
      if (LinkedInUrls.isProfile(value)) {
        profiles++;
      }
    }
    if (filled == 0) {
      return PersonField.IGNORE;
    }
    if (emails * 2 > filled) {
      return PersonField.EMAIL;
    }
    if (profiles * 2 > filled) {
      return PersonField.LINKEDIN_URL;
    }
    return PersonField.IGNORE;
  }

  /** The label a column's name gives its email addresses ("Work Email" → "work"). */
  static String emailLabel(String columnName) {
    String key = key(columnName);
    if (isWork(key)) {
      return "work";
    }
    if (key.contains("home") || key.contains("personal") || key.contains("privat")) {
      return "personal";
    }
    return "other";
  }

  /** A column of work addresses or numbers, in English or German ("geschäftlich"). */
  private static boolean isWork(String key) {
    return key.contains("work")
        || key.contains("business")
        || key.contains("office")
        || key.contains("geschaftlich");
  }

  /** The label a column's name gives its phone numbers ("Mobile" → "mobile"). */
  static String phoneLabel(String columnName) {
    String key = key(columnName);
    if (key.contains("fax")) {
      return "fax";
    }
    if (key.contains("mobil") || key.contains("cell") || key.contains("handy")) {
      return "mobile";
    }
    if (isWork(key)) {
      return "work";
    }
    if (key.contains("home") || key.contains("privat")) {
      return "home";
    }
    return "other";
  }
}

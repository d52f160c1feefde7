package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every person of the shared sample files, checked against the file read a second, simpler way
 * (commons-csv with the header known in advance): no row lost, no value changed.
 */
class SharedSamplesTest {

  private static List<CSVRecord> records(String fixture, int skipLines) throws IOException {
    try (Reader reader =
        Files.newBufferedReader(Fixtures.fixture(fixture), StandardCharsets.UTF_8)) {
      for (int i = 0; i < skipLines; i++) {
        while (reader.read() != '\n') {
          // Skip one line of the preamble; its sentence holds no line break.
        }
      }
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        return new ArrayList<>(parser.getRecords());
      }
    }
  }

  private static String orNull(String value) {
    return value.isBlank() ? null : value.strip();
  }

  @Test
  void keepsEveryLinkedInConnection() throws IOException {
    DateTimeFormatter linkedIn = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ENGLISH);
    List<CSVRecord> rows =
        records("linkedin/Connections.csv", 3).stream()
            .filter(row -> !row.get("First Name").isBlank())
            .toList();
    List<ImportedPerson> people = Fixtures.people("linkedin/Connections.csv").items();

    assertThat(people).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      ImportedPerson person = people.get(i);
      assertThat(person.fullName()).isEqualTo(row.get("First Name") + " " + row.get("Last Name"));
      assertThat(person.givenName()).isEqualTo(row.get("First Name"));
      assertThat(person.familyName()).isEqualTo(row.get("Last Name"));
      assertThat(person.linkedinUrl()).isEqualTo(row.get("URL"));
      assertThat(person.emails().stream().map(ImportedEmail::address).toList())
          .isEqualTo(
              row.get("Email Address").isBlank() ? List.of() : List.of(row.get("Email Address")));
      assertThat(person.organization()).isEqualTo(orNull(row.get("Company")));
      assertThat(person.title()).isEqualTo(orNull(row.get("Position")));
      assertThat(person.knownSince()).isEqualTo(LocalDate.parse(row.get("Connected On"), linkedIn));
    }
  }

  @Test
  void keepsEveryGoogleContact() throws IOException {
    List<CSVRecord> rows = records("google/google-contacts.csv", 0);
    List<ImportedPerson> people = Fixtures.people("google/google-contacts.csv").items();

    assertThat(people).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      ImportedPerson person = people.get(i);
      assertThat(person.givenName()).isEqualTo(row.get("\uFEFFFirst Name"));
      assertThat(person.familyName()).isEqualTo(row.get("Last Name"));
      assertThat(person.organization()).isEqualTo(orNull(row.get("Organization Name")));
      assertThat(person.title()).isEqualTo(orNull(row.get("Organization Title")));
      assertThat(person.emails().stream().map(ImportedEmail::address).toList())
          .containsExactly(row.get("E-mail 1 - Value"));
      assertThat(String.join(" ::: ", person.phones().stream().map(ImportedPhone::raw).toList()))
          .isEqualTo(row.get("Phone 1 - Value"));
      assertThat(person.notes()).isEqualTo(orNull(row.get("Notes")));
      String birthday = row.get("Birthday");
      assertThat(person.birthday() == null ? "" : format(person.birthday())).isEqualTo(birthday);
    }
  }

  private static String format(Birthday birthday) {
    return birthday.year() == null
        ? birthday.monthDay().toString()
        : birthday.monthDay().atYear(birthday.year()).toString();
  }

  @Test
  void keepsEveryOutlookContact() throws IOException {
    List<CSVRecord> rows = records("outlook/outlook-contacts.csv", 0);
    List<ImportedPerson> people = Fixtures.people("outlook/outlook-contacts.csv").items();

    assertThat(people).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      ImportedPerson person = people.get(i);
      assertThat(person.fullName()).isEqualTo(row.get("First Name") + " " + row.get("Last Name"));
      assertThat(person.organization()).isEqualTo(orNull(row.get("Company")));
      assertThat(person.title()).isEqualTo(orNull(row.get("Job Title")));
      assertThat(person.emails().get(0).address()).isEqualTo(row.get("E-mail Address"));
      assertThat(person.phones().stream().map(ImportedPhone::raw).toList())
          .contains(row.get("Business Phone"));
      assertThat(person.tags()).isEqualTo(List.of(row.get("Categories").split(";")));
      assertThat(person.notes()).isEqualTo(orNull(row.get("Notes")));
    }
  }
}

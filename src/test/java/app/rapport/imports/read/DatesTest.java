package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date spellings of contact files, including the ones that break naive parsers. */
class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "08 Feb 2026|2026-02-08",
        "1 Jan 2026|2026-01-01",
        "03 Sep 2026|2026-09-03",
        "03 Sept 2026|2026-09-03",
        "03 SEP 2026|2026-09-03",
        "4 Apr. 2021|2021-04-04",
        "4-Apr-21|2021-04-04",
        "17-Sep-09|2009-09-17",
        "04 April 2021|2021-04-04",
        "April 4, 2021|2021-04-04",
        "2021-04-04|2021-04-04",
        "2021-04-04 10:00:00|2021-04-04",
        "20210404|2021-04-04",
      })
  void readsWrittenDates(String text, LocalDate expected) {
    assertThat(Dates.parse(text, Dates.SlashOrder.MONTH_FIRST)).isEqualTo(expected);
  }

  @Test
  void readsSlashDatesInTheOrderTheFileUses() {
    assertThat(Dates.parse("4/5/21", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(LocalDate.of(2021, 4, 5));
    assertThat(Dates.parse("4/5/21", Dates.SlashOrder.DAY_FIRST))
        .isEqualTo(LocalDate.of(2021, 5, 4));
    assertThat(Dates.parse("3/12/1990", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(LocalDate.of(1990, 3, 12));
    assertThat(Dates.parse("1/2/45", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(LocalDate.of(1945, 1, 2));
    assertThat(Dates.evidence("13/4/21")).isEqualTo(Dates.SlashOrder.DAY_FIRST);
    assertThat(Dates.evidence("4/13/21")).isEqualTo(Dates.SlashOrder.MONTH_FIRST);
    assertThat(Dates.evidence("4/5/21")).isNull();
  }

  @Test
  void refusesWhatIsNotADate() {
    assertThat(Dates.parse("31 Feb 2021", Dates.SlashOrder.MONTH_FIRST)).isNull();
    assertThat(Dates.parse("13/13/21", Dates.SlashOrder.MONTH_FIRST)).isNull();
    assertThat(Dates.parse("soon", Dates.SlashOrder.MONTH_FIRST)).isNull();
    assertThat(Dates.parse("", Dates.SlashOrder.MONTH_FIRST)).isNull();
    assertThat(Dates.isEmptyOutlookDate("0/0/00")).isTrue();
  }

  @Test
  void readsBirthdaysWithAndWithoutAYear() {
    assertThat(Dates.parseBirthday("--07-01", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(Birthday.withoutYear(MonthDay.of(7, 1)));
    assertThat(Dates.parseBirthday("--0415", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(Birthday.withoutYear(MonthDay.of(4, 15)));
    assertThat(Dates.parseBirthday("--02-29", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(Birthday.withoutYear(MonthDay.of(2, 29)));
    assertThat(Dates.parseBirthday("1971-04-17", Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(Birthday.of(LocalDate.of(1971, 4, 17)));
    assertThat(Dates.parseBirthday("--13-01", Dates.SlashOrder.MONTH_FIRST)).isNull();
  }

  /** LinkedIn's spelling is read character by character; it must agree with the formatters. */
  @net.jqwik.api.Property
  void linkedInSpellingReadsAsTheFormattersDo(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 31) int day,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1900, max = 2100) int year,
      @net.jqwik.api.ForAll boolean padded,
      @net.jqwik.api.ForAll boolean upper) {
    String name = java.time.Month.of(month).name().substring(0, 3);
    String text =
        (padded && day < 10 ? "0" : "")
            + day
            + " "
            + (upper ? name : name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT))
            + " "
            + year;
    LocalDate general = Dates.parseGenerally(text, Dates.SlashOrder.MONTH_FIRST);
    assertThat(Dates.dayMonthYear(text)).isEqualTo(general);
    assertThat(Dates.parse(text, Dates.SlashOrder.MONTH_FIRST)).isEqualTo(general);
  }

  /** Any other text of the same length is left to the general way. */
  @net.jqwik.api.Property
  void otherTextIsLeftToTheFormatters(
      @net.jqwik.api.ForAll
          @net.jqwik.api.constraints.StringLength(min = 10, max = 11)
          @net.jqwik.api.constraints.Chars({'0', '1', '2', '9', ' ', 'a', 'J', 'n', 'u', '-', '.'})
          String text) {
    LocalDate quick = Dates.dayMonthYear(text);
    if (quick != null) {
      assertThat(quick).isEqualTo(Dates.parseGenerally(text, Dates.SlashOrder.MONTH_FIRST));
    }
    assertThat(Dates.parse(text, Dates.SlashOrder.MONTH_FIRST))
        .isEqualTo(Dates.parseGenerally(text, Dates.SlashOrder.MONTH_FIRST));
  }
}

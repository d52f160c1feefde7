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
}

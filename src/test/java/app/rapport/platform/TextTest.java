package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void foldingRemovesCaseAccentsAndRunsOfSpace() {
    assertThat(Text.fold("  José   NÚÑEZ ")).isEqualTo("jose nunez");
    assertThat(Text.fold("Zoë Müller-Lüdenscheidt")).isEqualTo("zoe muller-ludenscheidt");
    assertThat(Text.fold(null)).isEmpty();
  }

  /** Plain ASCII takes a shortcut past Unicode normalisation; it must fold exactly the same. */
  @Property
  void asciiFoldsAsUnicodeDoes(@ForAll @CharRange(from = 0, to = 127) String text) {
    assertThat(Text.fold(text)).isEqualTo(Text.foldUnicode(text));
  }

  @Test
  void searchWordsDropPunctuation() {
    assertThat(Text.words("ann.lee@woodgrove.example")).isEqualTo("ann lee woodgrove example");
    assertThat(Text.words("O'Brien, Dr.")).isEqualTo("o brien dr");
  }

  /** Folded ASCII is split into words without the regular expression; the same words result. */
  @Property
  void asciiSplitsIntoWordsAsTheGeneralWayDoes(@ForAll @CharRange(from = 0, to = 127) String text) {
    assertThat(Text.words(text)).isEqualTo(Text.wordsGenerally(text));
  }

  @Test
  void wordsOfAccentedTextAreFoldedFirst() {
    assertThat(Text.words(" José  Núñez-Ortiz, (CFO) ")).isEqualTo("jose nunez ortiz cfo");
    assertThat(Text.words("Łódź ☃ 3.5")).isEqualTo(Text.wordsGenerally("Łódź ☃ 3.5"));
    assertThat(Text.words("---")).isEmpty();
  }

  @Test
  void blankTextBecomesNull() {
    assertThat(Text.trimToNull("  ")).isNull();
    assertThat(Text.trimToNull(" a ")).isEqualTo("a");
  }
}

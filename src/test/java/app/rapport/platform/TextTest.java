package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void foldingRemovesCaseAccentsAndRunsOfSpace() {
    assertThat(Text.fold("  José   NÚÑEZ ")).isEqualTo("jose nunez");
    assertThat(Text.fold("Zoë Müller-Lüdenscheidt")).isEqualTo("zoe muller-ludenscheidt");
    assertThat(Text.fold(null)).isEmpty();
  }

  @Test
  void searchWordsDropPunctuation() {
    assertThat(Text.words("ann.lee@woodgrove.example")).isEqualTo("ann lee woodgrove example");
    assertThat(Text.words("O'Brien, Dr.")).isEqualTo("o brien dr");
  }

  @Test
  void blankTextBecomesNull() {
    assertThat(Text.trimToNull("  ")).isNull();
    assertThat(Text.trimToNull(" a ")).isEqualTo("a");
  }
}

package app.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.SafeFigures.SafeFigure;
import org.junit.jupiter.api.Test;

class SafeFiguresTest {

  @Test
  void exactlyTheFiveSentencesOfScienceMdAreSafeToShow() {
    assertThat(SafeFigures.all())
        .extracting(SafeFigure::text)
        .containsExactly(
            "83% of people who found jobs through contacts saw that contact only occasionally or"
                + " rarely.",
            "In a 20-million-person experiment, moderately weak ties — about 10 mutual connections"
                + " — produced the most job moves.",
            "Referrals are ~7% of applicants but ~40% of hires.",
            "Fewer than 1 in 3 people message an old friend even when they want to. Practising"
                + " with a current friend first raises that by two-thirds.",
            "Ties that go quiet for 8× their usual rhythm usually fade — but ties dormant 3+ years"
                + " still give useful, novel advice when revived.");
  }

  @Test
  void eachCarriesItsCitation() {
    assertThat(SafeFigures.all())
        .extracting(SafeFigure::citation)
        .containsExactly(
            "Granovetter 1973; small 1970s sample",
            "Rajkumar et al., Science 2022",
            "Jobvite; vendor data",
            "Aknin & Sandstrom 2024",
            "Navarro et al. 2017; Levin et al. 2011");
  }

  @Test
  void theFolkloreIsNotAmongThem() {
    assertThat(SafeFigures.all())
        .extracting(SafeFigure::text)
        .noneMatch(text -> text.contains("hidden") || text.contains("85%") || text.contains("70"));
  }
}

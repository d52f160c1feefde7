package app.rapport.model;

import java.util.List;
import java.util.Objects;

/**
 * The only research figures the product may show users, word for word, with their citations
 * (science.md §9.10). Anything else stays out of the interface; in particular "70–80% of jobs are
 * hidden", "85% of jobs via networking", and any claim that a specific contact will respond.
 */
public final class SafeFigures {

  /**
   * A sentence to show as is, and the source to show with it.
   *
   * @param text the sentence
   * @param citation its source, including any caveat science.md attaches
   */
  public record SafeFigure(String text, String citation) {

    public SafeFigure {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(citation, "citation");
    }
  }

  public static final SafeFigure OCCASIONAL_CONTACTS =
      new SafeFigure(
          "83% of people who found jobs through contacts saw that contact only occasionally or"
              + " rarely.",
          "Granovetter 1973; small 1970s sample");

  public static final SafeFigure MODERATELY_WEAK_TIES =
      new SafeFigure(
          "In a 20-million-person experiment, moderately weak ties — about 10 mutual connections —"
              + " produced the most job moves.",
          "Rajkumar et al., Science 2022");

  public static final SafeFigure REFERRALS =
      new SafeFigure("Referrals are ~7% of applicants but ~40% of hires.", "Jobvite; vendor data");

  public static final SafeFigure OLD_FRIENDS =
      new SafeFigure(
          "Fewer than 1 in 3 people message an old friend even when they want to. Practising with"
              + " a current friend first raises that by two-thirds.",
          "Aknin & Sandstrom 2024");

  public static final SafeFigure DORMANT_TIES =
      new SafeFigure(
          "Ties that go quiet for 8× their usual rhythm usually fade — but ties dormant 3+ years"
              + " still give useful, novel advice when revived.",
          "Navarro et al. 2017; Levin et al. 2011");

  private static final List<SafeFigure> ALL =
      List.of(OCCASIONAL_CONTACTS, MODERATELY_WEAK_TIES, REFERRALS, OLD_FRIENDS, DORMANT_TIES);

  private SafeFigures() {}

  /** All five, in science.md's order. */
  public static List<SafeFigure> all() {
    return ALL;
  }
}

package app.rapport.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scoring warm-introduction paths (§9.8):
 *
 * <pre>
 * PathScore = Willingness(user→A) × P(A knows target) × ProfessionalContext(A–target)
 *           × Relevance(target)
 * </pre>
 *
 * With two intermediaries A and B the middle step is scored the same way, P(A knows B) ×
 * ProfessionalContext(A–B), and the path is multiplied by 0.5 for the extra intermediary
 * (calibration): every step loses chains to attrition (Dodds, Muhamad &amp; Watts 2003), so a
 * 1-intermediary path is preferred. Paths with more than two intermediaries are not scored.
 *
 * <p>A path is not evidence of a relationship (Liben-Nowell &amp; Kleinberg 2007): the score ranks
 * whom to ask, it does not promise an introduction.
 */
public final class IntroPaths {

  private final ModelParameters parameters;

  public IntroPaths(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** P(one person knows the other), from what they share (calibration). */
  public double knows(Overlap overlap) {
    return switch (overlap) {
      case SAME_EMPLOYER_OVER_A_YEAR -> parameters.knowsSameEmployerOverAYear();
      case SAME_EMPLOYER_UNDER_A_YEAR -> parameters.knowsSameEmployerUnderAYear();
      case SAME_SCHOOL -> parameters.knowsSameSchool();
      case SAME_GROUP -> parameters.knowsSameGroup();
      case STATED_ONLY -> parameters.knowsStatedOnly();
    };
  }

  /** 1 for a professional link, less for a purely personal one (Dodds et al. 2003). */
  public double professionalContext(boolean professional) {
    return professional ? 1 : parameters.professionalContextPersonal();
  }

  /** The path's score, with the path in plain words. */
  public ScoredPath score(IntroPath path) {
    if (path.intermediaries() > parameters.pathMaxIntermediaries()) {
      throw new IllegalArgumentException(
          "paths are limited to " + parameters.pathMaxIntermediaries() + " intermediaries");
    }
    double score = path.firstHopWillingness() * path.targetRelevance();
    for (PathLink link : path.links()) {
      score *= knows(link.overlap()) * professionalContext(link.professional());
    }
    score *= Math.pow(parameters.pathExtraIntermediaryFactor(), path.intermediaries() - 1);
    return new ScoredPath(path, score, reasons(path));
  }

  /**
   * Paths best first: highest score, then fewer intermediaries, then the more willing first
   * intermediary, then the lower id of the first intermediary so the order is stable.
   */
  public List<ScoredPath> rank(List<IntroPath> paths) {
    List<ScoredPath> scored = new ArrayList<>();
    for (IntroPath path : paths) {
      scored.add(score(path));
    }
    scored.sort(
        Comparator.comparingLong((ScoredPath s) -> Ranking.descending(s.score()))
            .thenComparingInt(s -> s.path().intermediaries())
            .thenComparingDouble(s -> -s.path().firstHopWillingness())
            .thenComparingLong(s -> s.path().firstIntermediary()));
    return scored;
  }

  private List<Reason> reasons(IntroPath path) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        path.intermediaries() == 1
            ? new Reason("ONE_INTERMEDIARY", "One introduction away.")
            : new Reason(
                "TWO_INTERMEDIARIES",
                "Two introductions away: each extra step makes it less likely to happen."));
    if (path.firstHopWillingness() < parameters.readyWillingnessMin()) {
      reasons.add(
          new Reason(
              "FIRST_HOP_RELUCTANT",
              "The person you would ask is not close to you; a stronger tie is more likely to"
                  + " act."));
    }
    for (PathLink link : path.links()) {
      reasons.add(
          new Reason(
              "LINK_" + link.overlap().name(),
              "They "
                  + link.overlap().words()
                  + (link.professional()
                      ? " and know each other through work."
                      : " and know each other privately.")));
    }
    return reasons;
  }
}

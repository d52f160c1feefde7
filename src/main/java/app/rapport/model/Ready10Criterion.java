package app.rapport.model;

/** The four conditions a person must meet to count toward the Ready-10 (§9.6). */
public enum Ready10Criterion {
  /**
   * Works in the user's target field, function or company, or can hire, refer or introduce into it:
   * relevance at least 0.5 (Walter et al. 2015; Lin's status argument).
   */
  RELEVANT,
  /**
   * A history of positive reciprocal exchange, or a formerly strong tie: willingness max(S, L) at
   * least 0.4 (Levin et al. 2011).
   */
  WILLING,
  /**
   * Reachable this week without awkwardness: warmth at least 0.4, or dormant three years or more
   * but formerly strong (L at least 0.5); and a working channel no employer owns (Haythornthwaite
   * 2002; Levin et al. 2011).
   */
  REACHABLE,
  /**
   * Not one of more than three from the user's inner 15, whose information overlaps with the user's
   * own (Granovetter 1973: 83% of helpful contacts were seen occasionally or rarely).
   */
  NOT_REDUNDANT
}

package app.rapport.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The Ready-10 health test (§9.6): the people who could help the user right now. A person counts
 * when they are {@linkplain Ready10Criterion relevant, willing, reachable and not redundant}; the
 * score is how many count, at most ten. Below ten, the result names exactly what is missing for
 * whom, the column's "networking makeover".
 *
 * <p>Which people count, when there is a choice, is decided by one stated rule: highest relevance
 * first, then highest willingness, then highest warmth, then the lowest person id so the answer is
 * stable. The same order picks the three inner-circle people who may count, and the ten when more
 * than ten qualify.
 */
public final class Ready10 {

  private final ModelParameters parameters;

  public Ready10(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Measures a network against the Ready-10.
   *
   * @param candidates everyone who might count; do-not-contact people are left out
   * @param userHasTarget the user has named a target industry, role or company; without one,
   *     relevance cannot be judged and no score is given
   * @param careerChanger the user is moving into a new field, which adds a checklist line
   */
  public Ready10Result assess(
      List<Ready10Candidate> candidates, boolean userHasTarget, boolean careerChanger) {
    List<Evaluation> evaluations = new ArrayList<>();
    for (Ready10Candidate candidate : candidates) {
      if (!candidate.doNotContact()) {
        evaluations.add(evaluate(candidate, userHasTarget));
      }
    }
    if (!userHasTarget) {
      return withoutTarget(evaluations);
    }

    List<Evaluation> ranked = new ArrayList<>(evaluations);
    ranked.sort(BEST_FIRST);
    int innerSlots = 0;
    for (Evaluation e : ranked) {
      if (e.candidate.tier().isInnerCircle() && e.missing.isEmpty()) {
        if (innerSlots < parameters.readyInnerCircleMax()) {
          innerSlots++;
        } else {
          e.redundant(parameters.readyInnerCircleMax());
        }
      }
    }
    boolean innerCircleFull = innerSlots >= parameters.readyInnerCircleMax();
    for (Evaluation e : ranked) {
      if (e.candidate.tier().isInnerCircle() && !e.missing.isEmpty()) {
        if (innerCircleFull && !e.missing.contains(Ready10Criterion.NOT_REDUNDANT)) {
          e.redundant(parameters.readyInnerCircleMax());
        }
      }
      if (!e.missing.contains(Ready10Criterion.NOT_REDUNDANT)) {
        e.met.add(Ready10Criterion.NOT_REDUNDANT);
      }
    }

    int qualifying = 0;
    List<Evaluation> counted = new ArrayList<>();
    for (Evaluation e : ranked) {
      if (e.missing.isEmpty()) {
        qualifying++;
        if (counted.size() < parameters.readyTarget()) {
          e.counted = true;
          counted.add(e);
        }
      }
    }

    List<Evaluation> nearMisses = new ArrayList<>();
    for (Evaluation e : ranked) {
      if (!e.missing.isEmpty() && e.missing.size() <= parameters.readyNearMissMaxMissing()) {
        nearMisses.add(e);
      }
    }
    nearMisses.sort(Comparator.comparingInt((Evaluation e) -> e.missing.size()));

    int activated = (int) counted.stream().filter(e -> e.candidate.knowsMyGoal()).count();
    return new Ready10Result(
        true,
        OptionalInt.of(counted.size()),
        qualifying,
        assessments(counted),
        assessments(nearMisses),
        assessments(evaluations),
        activated,
        composition(counted, careerChanger),
        summary(evaluations, counted.size(), activated));
  }

  private Ready10Result withoutTarget(List<Evaluation> evaluations) {
    for (Evaluation e : evaluations) {
      if (!e.candidate.tier().isInnerCircle()) {
        e.met.add(Ready10Criterion.NOT_REDUNDANT);
      }
    }
    return new Ready10Result(
        false,
        OptionalInt.empty(),
        0,
        List.of(),
        List.of(),
        assessments(evaluations),
        0,
        List.of(),
        List.of(
            new Reason(
                "NO_TARGET",
                "Name a target field, role or company first: without one, nobody's relevance"
                    + " can be judged, so there is no Ready-10 score yet.")));
  }

  /** Relevance, then willingness, then warmth, highest first; then the lowest id. */
  private static final Comparator<Evaluation> BEST_FIRST =
      Comparator.comparingLong((Evaluation e) -> e.relevanceKey)
          .thenComparingLong(e -> e.willingnessKey)
          .thenComparingLong(e -> e.warmthKey)
          .thenComparingLong(e -> e.candidate.personId());

  private Evaluation evaluate(Ready10Candidate c, boolean userHasTarget) {
    ModelParameters p = parameters;
    Evaluation e =
        new Evaluation(
            c, c.relevance().score(p), DoorOpening.willingness(c.closeness(), c.latentTrust()));

    if (userHasTarget) {
      if (reaches(e.relevance, p.readyRelevanceMin())) {
        e.met.add(Ready10Criterion.RELEVANT);
      } else {
        e.miss(Ready10Criterion.RELEVANT, notRelevant(c.relevance()));
      }
    }

    if (reaches(e.willingness, p.readyWillingnessMin())) {
      e.met.add(Ready10Criterion.WILLING);
    } else {
      e.miss(
          Ready10Criterion.WILLING,
          new Reason(
              "NOT_WILLING", "Little give-and-take between you yet, and never a close tie."));
    }

    boolean warm = reaches(c.warmth(), p.readyWarmthMin());
    boolean dormantButFormerlyStrong =
        c.yearsSinceContact() >= p.dormantYears()
            && reaches(c.latentTrust(), p.readyDormantLatentTrustMin());
    boolean personalChannel = c.channels().stream().anyMatch(ContactChannel::isPersonalAndWorking);
    if ((warm || dormantButFormerlyStrong) && personalChannel) {
      e.met.add(Ready10Criterion.REACHABLE);
    } else {
      List<Reason> reasons = new ArrayList<>();
      if (!warm && !dormantButFormerlyStrong) {
        reasons.add(notReachableYet(c));
      }
      if (!personalChannel) {
        reasons.add(noPersonalChannel(c.channels()));
      }
      e.miss(Ready10Criterion.REACHABLE, reasons.toArray(Reason[]::new));
    }
    return e;
  }

  /**
   * Whether a computed score reaches a threshold. Sums such as 0.3 + 0.2 can land a hair below the
   * threshold they exactly meet on paper; a billionth is far below any difference the model draws.
   */
  private static boolean reaches(double value, double threshold) {
    return value >= threshold - 1e-9;
  }

  private static Reason notRelevant(Relevance r) {
    String text;
    if (r.statusAtOrAboveTargetRole() && !r.canHireOrRefer()) {
      text = "Senior enough, but not in your target field or company and cannot refer you.";
    } else if (r.canHireOrRefer() && !r.statusAtOrAboveTargetRole()) {
      text = "Can refer you, but is not in your target field or company.";
    } else if (r.inTargetFieldOrCompany()) {
      text = "In your target field, but not senior enough and cannot refer you.";
    } else {
      text = "Not in your target field or company, and cannot hire or refer you into it.";
    }
    return new Reason("NOT_RELEVANT", text);
  }

  private Reason notReachableYet(Ready10Candidate c) {
    String silence = "Out of touch for " + duration(c.yearsSinceContact());
    if (c.yearsSinceContact() >= parameters.dormantYears()) {
      return new Reason(
          "DORMANT_NOT_CLOSE_BEFORE",
          silence + ", and not close enough before to pick up where you left off.");
    }
    return new Reason(
        "COOLING",
        silence
            + ": too long for a casual message, not yet a dormant tie. Warm it up with a short"
            + " catch-up first.");
  }

  private static Reason noPersonalChannel(List<ContactChannel> channels) {
    if (channels.isEmpty()) {
      return new Reason("NO_CHANNEL", "No way to reach them is recorded.");
    }
    for (ContactChannel channel : channels) {
      if (channel.employerOwned() && channel.working()) {
        return new Reason(
            "WORK_CHANNEL_ONLY",
            "Only a work " + channel.kind().words() + ", which ends when they change employer.");
      }
    }
    for (ContactChannel channel : channels) {
      if (channel.employerOwned()) {
        return new Reason(
            "OLD_WORK_CHANNEL_ONLY",
            "Only a work " + channel.kind().words() + " at an employer they have left.");
      }
    }
    return new Reason(
        "NO_WORKING_CHANNEL", "None of the recorded ways to reach them works any more.");
  }

  static String duration(double years) {
    if (years < 1) {
      long months = Math.max(1, Math.round(years * 12));
      return "about " + months + (months == 1 ? " month" : " months");
    }
    // one decimal, without String.format: every candidate out of reach gets this reason
    long tenths = Math.round(years * 10);
    if (tenths == 10) {
      return "1 year";
    }
    return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10)
        + " years";
  }

  private List<CompositionItem> composition(List<Evaluation> counted, boolean careerChanger) {
    ModelParameters p = parameters;
    int strong = 0;
    int reactivated = 0;
    int inNewField = 0;
    for (Evaluation e : counted) {
      if (e.candidate.closeness() >= p.strongTieMinCloseness()) {
        strong++;
      }
      if (e.candidate.reactivatedDormant()) {
        reactivated++;
      }
      if (e.candidate.alreadyInNewField()) {
        inNewField++;
      }
    }
    List<CompositionItem> items = new ArrayList<>();
    items.add(
        new CompositionItem(
            "WEAK_OR_MODERATE",
            "Weak or moderate ties, who hear of what you do not",
            counted.size() - strong,
            p.compositionWeakOrModerateMin()));
    items.add(
        new CompositionItem(
            "STRONG_ADVOCATES",
            "Strong ties, who are more likely to speak up for you",
            strong,
            p.compositionStrongAdvocatesMin()));
    items.add(
        new CompositionItem(
            "REACTIVATED_DORMANT",
            "Dormant ties you have reconnected with",
            reactivated,
            p.compositionReactivatedDormantMin()));
    if (careerChanger) {
      items.add(
          new CompositionItem(
              "IN_NEW_FIELD",
              "People already working in your new field",
              inNewField,
              p.compositionInNewFieldMin()));
    }
    return items;
  }

  private List<Reason> summary(List<Evaluation> evaluations, int score, int activated) {
    List<Reason> summary = new ArrayList<>();
    int target = parameters.readyTarget();
    if (score >= target) {
      summary.add(new Reason("READY", target + " people could help you right now."));
    } else {
      summary.add(
          new Reason("SHORT", score + " of " + target + ": " + (target - score) + " to go."));
      int relevant = 0;
      int unreachable = 0;
      int workOnly = 0;
      int unwilling = 0;
      int redundant = 0;
      for (Evaluation e : evaluations) {
        if (!e.met.contains(Ready10Criterion.RELEVANT)) {
          continue;
        }
        relevant++;
        if (e.missing.contains(Ready10Criterion.REACHABLE)) {
          unreachable++;
          if (e.reasons.stream()
              .anyMatch(
                  r ->
                      r.code().equals("WORK_CHANNEL_ONLY")
                          || r.code().equals("OLD_WORK_CHANNEL_ONLY"))) {
            workOnly++;
          }
        }
        if (e.missing.contains(Ready10Criterion.WILLING)) {
          unwilling++;
        }
        if (e.missing.contains(Ready10Criterion.NOT_REDUNDANT)) {
          redundant++;
        }
      }
      if (relevant == 0) {
        summary.add(
            new Reason(
                "NO_RELEVANT_PEOPLE",
                "Nobody is marked yet as working in your target field or able to refer you"
                    + " into it."));
      } else {
        List<String> parts = new ArrayList<>();
        if (unreachable > 0) {
          parts.add(
              unreachable
                  + (unreachable == 1 ? " is" : " are")
                  + " not reachable now"
                  + (workOnly > 0 ? " (" + workOnly + " only by a work channel)" : ""));
        }
        if (unwilling > 0) {
          parts.add(
              unwilling
                  + (unwilling == 1 ? " has" : " have")
                  + " little give-and-take with you yet");
        }
        if (redundant > 0) {
          parts.add(
              redundant
                  + (redundant == 1 ? " is" : " are")
                  + " in your inner circle beyond the "
                  + parameters.readyInnerCircleMax()
                  + " who count");
        }
        if (!parts.isEmpty()) {
          summary.add(
              new Reason(
                  "MAKEOVER",
                  "You have "
                      + relevant
                      + (relevant == 1 ? " relevant person" : " relevant people")
                      + ", but "
                      + String.join(", ", parts)
                      + "."));
        }
      }
    }
    if (activated < score) {
      int untold = score - activated;
      summary.add(
          new Reason(
              "TELL_YOUR_GOAL",
              untold
                  + (untold == 1 ? " of them does" : " of them do")
                  + " not know what you are looking for yet. People pass on job news mostly"
                  + " to those whose goals they know."));
    }
    return summary;
  }

  private static List<Ready10Assessment> assessments(List<Evaluation> evaluations) {
    List<Ready10Assessment> assessments = new ArrayList<>();
    for (Evaluation e : evaluations) {
      assessments.add(e.toAssessment());
    }
    return assessments;
  }

  /** The working state of one person while the Ready-10 is assessed. */
  private static final class Evaluation {
    final Ready10Candidate candidate;
    final double relevance;
    final double willingness;
    // the sort keys of BEST_FIRST, computed once rather than at every comparison
    final long relevanceKey;
    final long willingnessKey;
    final long warmthKey;
    final Set<Ready10Criterion> met = EnumSet.noneOf(Ready10Criterion.class);
    final Set<Ready10Criterion> missing = EnumSet.noneOf(Ready10Criterion.class);
    final List<Reason> reasons = new ArrayList<>();
    boolean counted;

    Evaluation(Ready10Candidate candidate, double relevance, double willingness) {
      this.candidate = candidate;
      this.relevance = relevance;
      this.willingness = willingness;
      this.relevanceKey = Ranking.descending(relevance);
      this.willingnessKey = Ranking.descending(willingness);
      this.warmthKey = Ranking.descending(candidate.warmth());
    }

    void miss(Ready10Criterion criterion, Reason... why) {
      missing.add(criterion);
      reasons.addAll(List.of(why));
    }

    void redundant(int innerCircleMax) {
      miss(
          Ready10Criterion.NOT_REDUNDANT,
          new Reason(
              "INNER_CIRCLE_FULL",
              innerCircleMax
                  + " people from your inner circle already count, and what they hear you"
                  + " mostly hear too."));
    }

    Ready10Assessment toAssessment() {
      return new Ready10Assessment(
          candidate.personId(),
          met,
          missing,
          reasons,
          missing.isEmpty() && met.size() == Ready10Criterion.values().length,
          counted,
          counted && candidate.knowsMyGoal());
    }
  }
}

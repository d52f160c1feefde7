package app.rapport.keepintouch;

import app.rapport.keepintouch.RelationshipRepository.Weighed;
import app.rapport.model.DoorOpening;
import app.rapport.model.DoorOpeningInputs;
import app.rapport.model.DoorOpeningScore;
import app.rapport.model.ModelParameters;
import app.rapport.model.Reconnect;
import app.rapport.model.ReconnectCandidate;
import app.rapport.model.ReconnectPicks;
import app.rapport.model.Relevance;
import app.rapport.model.SafeFigures;
import app.rapport.model.Tier;
import app.rapport.model.Warmth;
import app.rapport.platform.web.Dates;
import app.rapport.platform.web.PageParts;
import app.rapport.profile.ProfileService;
import app.rapport.profile.RelevanceJudge;
import app.rapport.profile.SearchProfile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the week's plan (§9.4 and §9.7 of {@code reference/science.md}): promises due first; then
 * the people whose warmth is fading, most overdue for their rhythm first, up to what is left of the
 * weekly budget; then one dormant tie to revive, the model's top pick with one drawn from the next
 * nine beside it (against the comfort bias); and, when the user is searching, one person to ask for
 * advice. Every item says why, and offers an opener that asks for information, not a job.
 */
@Component
class TodayPlanner {

  /** How many of the most overdue people of each tier are weighed against each other. */
  static final int DUE_PER_TIER = 12;

  /** How many dormant ties, in stored order, are ranked in full each time. */
  static final int DORMANT_CANDIDATES = 200;

  /**
   * After the user reaches out to a dormant tie, this many days are left for an answer before the
   * tie is suggested again: logging takes a person out of the plan at once.
   */
  static final int REPLY_WAIT_DAYS = 30;

  /** How many warm people are weighed for the week's ask. */
  static final int ASK_CANDIDATES = 200;

  private final RelationshipRepository relationships;
  private final FollowUpRepository followUps;
  private final RelationshipCalculator calculator;
  private final ProfileService profiles;
  private final ModelParameters parameters;
  private final Warmth warmth;
  private final Reconnect reconnect;
  private final DoorOpening doorOpening;
  private final PageParts parts;

  TodayPlanner(
      RelationshipRepository relationships,
      FollowUpRepository followUps,
      RelationshipCalculator calculator,
      ProfileService profiles,
      ModelParameters parameters,
      Warmth warmth,
      Reconnect reconnect,
      DoorOpening doorOpening,
      PageParts parts) {
    this.relationships = relationships;
    this.followUps = followUps;
    this.calculator = calculator;
    this.profiles = profiles;
    this.parameters = parameters;
    this.warmth = warmth;
    this.reconnect = reconnect;
    this.doorOpening = doorOpening;
    this.parts = parts;
  }

  /**
   * The plan. Its reads do not depend on each other's answers, so they are made side by side on
   * {@link PageParts} (on PostgreSQL each is a round trip; docs/benchmarks.md, finding 24), and the
   * plan is then put together in its order: what is planned first is left out of what comes after.
   */
  TodayPlan plan(long account, LocalDate today) {
    SearchProfile profile = profiles.get(account);
    RelevanceJudge judge = new RelevanceJudge(profile);
    LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    PageParts.Part<List<FollowUp>> promised =
        parts.start(
            () ->
                followUps.open(
                    account, today.plusDays(6), new app.rapport.platform.db.PageRequest(0, 20)));
    PageParts.Part<List<PlanCandidate>> innerAndClose =
        parts.start(() -> due(account, today, List.of(Tier.INNER, Tier.CLOSE)));
    PageParts.Part<List<PlanCandidate>> activeAndNetwork =
        parts.start(() -> due(account, today, List.of(Tier.ACTIVE, Tier.NETWORK)));
    PageParts.Part<List<Weighed>> dormant =
        parts.start(
            () ->
                relationships.dormant(
                    account, today, today.minusDays(REPLY_WAIT_DAYS - 1L), DORMANT_CANDIDATES));
    PageParts.Part<List<Weighed>> warm =
        profile.activelySearching() && profile.hasTarget()
            ? parts.start(() -> relationships.warm(account, today.minusYears(1), ASK_CANDIDATES))
            : null;
    long touched = relationships.peopleTouchedSince(account, weekStart);
    List<TodayItem> items = new ArrayList<>();
    Set<Long> planned = new HashSet<>();

    for (FollowUp f : promised.join()) {
      items.add(
          new TodayItem(
              f.contactId(),
              f.fullName(),
              TodayItem.Kind.FOLLOW_UP,
              "You said you would: " + f.what() + ". " + dueWords(f.dueOn(), today),
              f.dueOn(),
              null,
              f.id(),
              null));
      planned.add(f.contactId());
    }

    int budget = (int) Math.max(0, profile.weeklyBudget() - touched);
    List<PlanCandidate> due = new ArrayList<>(innerAndClose.join());
    due.addAll(activeAndNetwork.join());
    for (PlanCandidate c : overdue(due, today, planned, budget)) {
      items.add(
          new TodayItem(
              c.relationship().contactId(),
              c.fullName(),
              TodayItem.Kind.KEEP_IN_TOUCH,
              describeSilence(c.relationship(), today),
              c.relationship().nextNudgeOn(),
              keepInTouchOpener(c),
              null,
              c.detail()));
      planned.add(c.relationship().contactId());
    }

    reconnections(dormant.join(), account, today, profile, judge, planned).forEach(items::add);

    if (warm != null) {
      ask(warm.join(), account, today, profile, judge, planned).ifPresent(items::add);
    }
    return new TodayPlan(
        today, items, profile.weeklyBudget(), touched, profile.activelySearching(), ENCOURAGEMENT);
  }

  /** The safe figure of §9.10 shown beside reconnection suggestions, with its source. */
  static final String ENCOURAGEMENT =
      SafeFigures.DORMANT_TIES.text() + " (" + SafeFigures.DORMANT_TIES.citation() + ")";

  /** The most overdue people of each of these tiers, in the tiers' order. */
  private List<PlanCandidate> due(long account, LocalDate today, List<Tier> tiers) {
    List<PlanCandidate> due = new ArrayList<>();
    for (Tier tier : tiers) {
      due.addAll(relationships.due(account, tier, today, DUE_PER_TIER));
    }
    return due;
  }

  /** The most overdue people for their own rhythm, weighed across tiers. */
  private static List<PlanCandidate> overdue(
      List<PlanCandidate> due, LocalDate today, Set<Long> planned, int budget) {
    if (budget == 0) {
      return List.of();
    }
    return due.stream()
        .filter(c -> !planned.contains(c.relationship().contactId()))
        .sorted(
            Comparator.comparingDouble((PlanCandidate c) -> -lateness(c.relationship(), today))
                .thenComparing(c -> c.relationship().tier())
                .thenComparing(c -> c.relationship().contactId()))
        .limit(budget)
        .toList();
  }

  /** How overdue a nudge is, in multiples of the nudge interval, so tiers compare fairly. */
  private static double lateness(Relationship r, LocalDate today) {
    long interval = Math.max(1, ChronoUnit.DAYS.between(r.countingFrom(), r.nextNudgeOn()));
    return (double) ChronoUnit.DAYS.between(r.countingFrom(), today) / interval;
  }

  private List<TodayItem> reconnections(
      List<Weighed> dormant,
      long account,
      LocalDate today,
      SearchProfile profile,
      RelevanceJudge judge,
      Set<Long> planned) {
    List<ReconnectCandidate> candidates = new ArrayList<>();
    for (Weighed c : dormant) {
      Standing s = c.standing();
      if (planned.contains(c.contactId())) {
        continue;
      }
      candidates.add(
          calculator.candidate(
              c.contactId(),
              c.relevance(),
              c.hoursTogether(),
              s.trustBase(),
              calculator.latentTrustNow(s, today),
              calculator.channelsOf(s),
              warmth.warmth(c.tier(), c.cadenceDays(), s.countingFrom(), today),
              c.doNotContact()));
    }
    long seed = account ^ today.toEpochDay();
    ReconnectPicks picks = reconnect.pick(candidates, profile.hasTarget(), seed);
    List<TodayItem> items = new ArrayList<>();
    picks
        .topPick()
        .flatMap(
            top -> chosen(account, top.personId()).map(c -> reconnectItem(c, today, judge, null)))
        .ifPresent(items::add);
    picks
        .drawnPick()
        .flatMap(
            drawn ->
                chosen(account, drawn.personId())
                    .map(c -> reconnectItem(c, today, judge, picks.drawnBecause().text())))
        .ifPresent(items::add);
    return items;
  }

  /**
   * A person the plan chose among those it weighed, read whole for what the plan says about them;
   * empty when they were removed in between.
   */
  private java.util.Optional<PlanCandidate> chosen(long account, long contact) {
    return relationships.candidate(account, contact);
  }

  private TodayItem reconnectItem(
      PlanCandidate c, LocalDate today, RelevanceJudge judge, String drawn) {
    Relationship r = c.relationship();
    StringBuilder reason = new StringBuilder(describeSilence(r, today));
    String relevant = judge.why(c.facts());
    if (relevant != null) {
      reason.append(" ").append(capitalise(c.firstName() + " " + relevant)).append(".");
    }
    if (drawn != null) {
      reason.append(" ").append(drawn);
    }
    return new TodayItem(
        r.contactId(),
        c.fullName(),
        TodayItem.Kind.RECONNECT,
        reason.toString(),
        null,
        reconnectOpener(c),
        null,
        c.detail());
  }

  /** The week's ask, among the warm people read for it (when the user searches with a target). */
  private java.util.Optional<TodayItem> ask(
      List<Weighed> warm,
      long account,
      LocalDate today,
      SearchProfile profile,
      RelevanceJudge judge,
      Set<Long> planned) {
    Weighed best = null;
    DoorOpeningScore bestScore = null;
    for (Weighed c : warm) {
      Standing s = c.standing();
      if (planned.contains(c.contactId()) || c.doNotContact()) {
        continue;
      }
      Relevance relevance = c.relevance();
      double latent = calculator.latentTrustNow(s, today);
      // Mutual connections are not recorded yet, so the bridge falls back on overlap with the
      // inner circle: the user's inner circle overlaps itself fully, everyone else not at all. The
      // last 90 days' contacts are estimated as a quarter of the year's two-way ones.
      DoorOpeningScore score =
          doorOpening.score(
              new DoorOpeningInputs(
                  null,
                  c.tier().isInnerCircle() ? 1 : 0,
                  doorOpening.recentIntensity(c.twoWay12mo() / 4),
                  calculator.closenessNow(s, today).score(),
                  latent,
                  relevance,
                  calculator.channelsOf(s),
                  false));
      if (relevance.score(parameters) > 0
          && score.score() > 0
          && (bestScore == null || score.score() > bestScore.score())) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    return chosen(account, best.contactId())
        .map(
            c ->
                new TodayItem(
                    c.relationship().contactId(),
                    c.fullName(),
                    TodayItem.Kind.ASK,
                    capitalise(c.firstName() + " " + judge.why(c.facts()))
                        + ", and you were last in touch "
                        + Dates.relative(c.relationship().lastTwoWayOn(), today)
                        + ". Could open a new door: ask for advice or a name, not for a job.",
                    null,
                    askOpener(c, profile),
                    null,
                    c.detail()));
  }

  /** "You last spoke in March (8 months ago); you used to talk about every month." */
  String describeSilence(Relationship r, LocalDate today) {
    StringBuilder text = new StringBuilder();
    if (r.lastTwoWayOn() == null) {
      text.append(
          r.touchpointCount() == 0
              ? (r.knownSince() == null
                  ? "You have not noted any contact with them yet."
                  : r.knownSince().equals(today)
                      ? "You met today and have not noted any contact yet."
                      : "You met "
                          + Dates.relative(r.knownSince(), today)
                          + " and have not noted any contact since.")
              : "You have reached out, but have not heard back since you met.");
    } else {
      text.append("You last spoke ")
          .append(whenWords(r.lastTwoWayOn(), today))
          .append(" (")
          .append(Dates.relative(r.lastTwoWayOn(), today))
          .append(")");
      if (r.rhythmDays() != null) {
        text.append("; you used to talk ").append(every(r.rhythmDays()));
      } else {
        warmth
            .cadenceDays(r.tier(), r.cadenceDays())
            .ifPresent(c -> text.append("; you meant to keep in touch ").append(every(c)));
      }
      text.append(".");
    }
    return text.toString();
  }

  String nameOf(long account, long contact) {
    return relationships
        .nameOf(account, contact)
        .orElseThrow(
            () ->
                new app.rapport.platform.NotFound(
                    "person", app.rapport.platform.db.Ids.format(contact)));
  }

  private static String whenWords(LocalDate day, LocalDate today) {
    if (day.getYear() == today.getYear()
        || ChronoUnit.MONTHS.between(day.withDayOfMonth(1), today.withDayOfMonth(1)) < 11) {
      return "in " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    return "in " + Dates.month(day);
  }

  private static String every(int days) {
    if (days <= 10) {
      return "about every week";
    }
    if (days <= 20) {
      return "every couple of weeks";
    }
    if (days <= 45) {
      return "about every month";
    }
    if (days <= 120) {
      return "every few months";
    }
    if (days <= 250) {
      return "about twice a year";
    }
    return "about once a year";
  }

  private static String dueWords(LocalDate due, LocalDate today) {
    if (due.isBefore(today)) {
      return "It was due " + Dates.relative(due, today) + ".";
    }
    return due.equals(today) ? "It is due today." : "It is due " + Dates.relative(due, today) + ".";
  }

  private static String keepInTouchOpener(PlanCandidate c) {
    return "Hi "
        + c.firstName()
        + ", I was thinking of you. How are things"
        + (c.organization() == null ? "" : " at " + c.organization())
        + " these days? I would love to hear what you are working on.";
  }

  private static String reconnectOpener(PlanCandidate c) {
    return "Hi "
        + c.firstName()
        + ", it has been a long time, and I was thinking of you! I would value your view on"
        + " something: how is your work"
        + (c.organization() == null ? "" : " at " + c.organization())
        + " set up these days, and what are you seeing change?";
  }

  private static String askOpener(PlanCandidate c, SearchProfile profile) {
    String field =
        !profile.targetRoles().isEmpty()
            ? "roles like " + profile.targetRoles().get(0)
            : !profile.targetIndustries().isEmpty()
                ? "work in " + profile.targetIndustries().get(0).toLowerCase(Locale.ROOT)
                : "work at " + profile.targetCompanies().get(0);
    return "Hi "
        + c.firstName()
        + ", I am exploring "
        + field
        + ". Could I ask you a few questions about how people get into it"
        + (c.organization() == null ? "" : " at " + c.organization())
        + "? And is there anyone you think I should talk to?";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

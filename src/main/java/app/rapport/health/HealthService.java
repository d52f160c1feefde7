package app.rapport.health;

import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.ReadyFacts;
import app.rapport.model.ContactChannel;
import app.rapport.model.ModelParameters;
import app.rapport.model.Ready10;
import app.rapport.model.Ready10Assessment;
import app.rapport.model.Ready10Candidate;
import app.rapport.model.Ready10Criterion;
import app.rapport.model.Ready10Result;
import app.rapport.model.Reason;
import app.rapport.platform.web.Dates;
import app.rapport.profile.ProfileService;
import app.rapport.profile.SearchProfile;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ready-10 (science.md §9.6): who could help with a job search right now, near misses with what
 * each lacks, the composition checklist and a makeover plan that names people. It weighs a bounded
 * set of people read from the relationship state kept on write: everyone relevant to the user's
 * targets and everyone trusted enough to be a near miss.
 */
@Service
public class HealthService {

  /** How many people are weighed at most; far more than can count or nearly count. */
  static final int CANDIDATES = 1000;

  /** How many near misses the page and API show. */
  static final int NEAR_MISSES_SHOWN = 10;

  private final KeepInTouchService keepInTouch;
  private final ContactService contacts;
  private final ProfileService profiles;
  private final HealthRepository snapshots;
  private final Ready10 ready10;
  private final ModelParameters parameters;
  private final Clock clock;

  HealthService(
      KeepInTouchService keepInTouch,
      ContactService contacts,
      ProfileService profiles,
      HealthRepository snapshots,
      Ready10 ready10,
      ModelParameters parameters,
      Clock clock) {
    this.keepInTouch = keepInTouch;
    this.contacts = contacts;
    this.profiles = profiles;
    this.snapshots = snapshots;
    this.ready10 = ready10;
    this.parameters = parameters;
    this.clock = clock;
  }

  public NetworkHealth networkHealth(long account) {
    SearchProfile profile = profiles.get(account);
    List<ReadyFacts> facts = keepInTouch.readyCandidates(account, CANDIDATES);
    Map<Long, ReadyFacts> byId =
        facts.stream().collect(Collectors.toMap(ReadyFacts::contactId, Function.identity()));
    Ready10Result result =
        ready10.assess(
            facts.stream().map(HealthService::candidate).toList(),
            profile.hasTarget(),
            profile.careerChanger());
    Map<Long, Double> relevance = new java.util.HashMap<>();
    result
        .nearMisses()
        .forEach(
            a -> relevance.put(a.personId(), byId.get(a.personId()).relevance().score(parameters)));
    List<Ready10Assessment> nearest =
        result.nearMisses().stream()
            .sorted(
                Comparator.comparingInt((Ready10Assessment a) -> a.missing().size())
                    .thenComparing(a -> -relevance.get(a.personId()))
                    .thenComparing(a -> -byId.get(a.personId()).closeness()))
            .limit(NEAR_MISSES_SHOWN)
            .toList();
    Map<Long, ContactSummary> names = names(account, result.counted(), nearest);
    List<Ready10Assessment> counted = withNames(result.counted(), names);
    List<Ready10Assessment> misses = withNames(nearest, names);
    List<NetworkHealth.Person> qualifying =
        counted.stream().map(a -> person(names.get(a.personId()), a.activated())).toList();
    List<NetworkHealth.NearMiss> nearMisses =
        misses.stream()
            .map(
                a -> {
                  ContactSummary who = names.get(a.personId());
                  return new NetworkHealth.NearMiss(
                      who.id(),
                      who.fullName(),
                      who.titleAndCompany(),
                      a.missing(),
                      a.reasons().stream().map(Reason::text).toList());
                })
            .toList();
    Integer score = result.score().isPresent() ? result.score().getAsInt() : null;
    return new NetworkHealth(
        result.relevanceJudged(),
        score,
        qualifying,
        nearMisses,
        result.composition(),
        plan(score, misses, counted, byId, names, profile),
        result.activated(),
        result.summary().stream().map(Reason::text).toList());
  }

  /** This week's Ready-10 and the weeks before it, oldest first. */
  public List<HealthSnapshot> trend(long account, int weeks) {
    LocalDate thisWeek = weekOf(LocalDate.now(clock));
    if (!snapshots.hasSnapshot(account, thisWeek)) {
      snapshot(account, thisWeek);
    }
    return snapshots.snapshots(account, thisWeek.minusWeeks(weeks - 1L));
  }

  /** Every Monday morning, each account's Ready-10 is written down for the trend. */
  @Scheduled(cron = "0 7 4 * * MON")
  public void snapshotAllAccounts() {
    LocalDate week = weekOf(LocalDate.now(clock));
    for (Long account : snapshots.accountsWithoutSnapshot(week)) {
      snapshot(account, week);
    }
  }

  @Transactional
  void snapshot(long account, LocalDate week) {
    NetworkHealth health = networkHealth(account);
    snapshots.saveSnapshot(
        account,
        new HealthSnapshot(week, health.score(), health.qualifying().size(), health.activated()));
  }

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Ready10Candidate candidate(ReadyFacts f) {
    return new Ready10Candidate(
        f.contactId(),
        f.relevance(),
        clamp(f.closeness()),
        clamp(f.latentTrust()),
        clamp(f.warmth()),
        f.yearsSinceContact(),
        f.channels(),
        f.tier(),
        f.knowsGoal(),
        f.inTarget(),
        f.revivedThisYear(),
        f.doNotContact());
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  /**
   * The people the page names: those who count and the near misses shown, read by id once the
   * Ready-10 has chosen them (naming all it weighs would read a thousand names to show twenty).
   */
  private Map<Long, ContactSummary> names(
      long account, List<Ready10Assessment> counted, List<Ready10Assessment> misses) {
    List<Long> ids =
        java.util.stream.Stream.concat(counted.stream(), misses.stream())
            .map(Ready10Assessment::personId)
            .distinct()
            .toList();
    return contacts.getMany(account, ids).stream()
        .collect(Collectors.toMap(ContactSummary::id, Function.identity()));
  }

  /** Those of the people chosen who could be named: one removed in between is left out. */
  private static List<Ready10Assessment> withNames(
      List<Ready10Assessment> chosen, Map<Long, ContactSummary> names) {
    return chosen.stream().filter(a -> names.containsKey(a.personId())).toList();
  }

  private static NetworkHealth.Person person(ContactSummary who, boolean activated) {
    return new NetworkHealth.Person(who.id(), who.fullName(), who.titleAndCompany(), activated);
  }

  /**
   * What to do this month: for each near miss (fewest gaps first) the one step that closes its gap,
   * as many as the score lacks (at least three); then telling the people who count what the user is
   * looking for.
   */
  private List<NetworkHealth.Step> plan(
      Integer score,
      List<Ready10Assessment> misses,
      List<Ready10Assessment> counted,
      Map<Long, ReadyFacts> byId,
      Map<Long, ContactSummary> names,
      SearchProfile profile) {
    List<NetworkHealth.Step> steps = new ArrayList<>();
    if (score == null) {
      steps.add(
          new NetworkHealth.Step(
              "Tell Rapport what you are looking for: the industries, roles or organisations you"
                  + " are aiming for. Without them, Rapport cannot tell who could help.",
              null));
      return steps;
    }
    int wanted = Math.max(3, 10 - score);
    for (Ready10Assessment miss : misses) {
      if (steps.size() >= wanted) {
        break;
      }
      String step =
          stepFor(byId.get(miss.personId()), names.get(miss.personId()), miss.missing(), profile);
      if (step != null) {
        steps.add(new NetworkHealth.Step(step, miss.personId()));
      }
    }
    counted.stream()
        .filter(a -> !a.activated())
        .limit(3)
        .forEach(
            a -> {
              ContactSummary who = names.get(a.personId());
              steps.add(
                  new NetworkHealth.Step(
                      "Tell "
                          + who.fullName()
                          + " what you are looking for: people pass on openings when they know.",
                      who.id()));
            });
    return steps;
  }

  private String stepFor(
      ReadyFacts f,
      ContactSummary person,
      java.util.Set<Ready10Criterion> missing,
      SearchProfile p) {
    String detail = person.titleAndCompany();
    String who = person.fullName() + (detail == null ? "" : ", " + detail);
    if (missing.contains(Ready10Criterion.REACHABLE)) {
      boolean personal = f.channels().stream().anyMatch(ContactChannel::isPersonalAndWorking);
      if (!personal && f.warmth() >= 0.4) {
        return "Ask "
            + person.fullName()
            + " for a personal email or phone number: you can only reach "
            + person.firstName()
            + " at work.";
      }
      if (f.yearsSinceContact() >= 3) {
        return "Reconnect with "
            + who
            + ": dormant "
            + (int) Math.floor(f.yearsSinceContact())
            + " years. Ask for advice, not a job.";
      }
      return "Get back in touch with "
          + who
          + (f.lastTwoWayOn() == null
              ? "."
              : ": you last spoke " + Dates.relative(f.lastTwoWayOn(), LocalDate.now(clock)) + ".");
    }
    if (missing.contains(Ready10Criterion.WILLING)) {
      return "Spend time with " + who + ": trust grows with a few genuine conversations.";
    }
    if (missing.contains(Ready10Criterion.RELEVANT)) {
      String field =
          !p.targetIndustries().isEmpty()
              ? p.targetIndustries().get(0).toLowerCase(java.util.Locale.ROOT)
              : !p.targetCompanies().isEmpty() ? p.targetCompanies().get(0) : "your target field";
      return person.fullName()
          + " is close to you but works outside your target: ask "
          + person.firstName()
          + " whom they know in "
          + field
          + ".";
    }
    return null;
  }
}

package app.rapport.keepintouch;

import app.rapport.model.DoorOpening;
import app.rapport.model.DoorOpeningInputs;
import app.rapport.model.ModelParameters;
import app.rapport.model.Warmth;
import app.rapport.model.WarmthState;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.profile.ProfileService;
import app.rapport.profile.RelevanceJudge;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keep in touch: the state of every relationship (kept up to date on each write), follow-ups, and
 * the week's plan that says whom to reach out to and why.
 */
@Service
public class KeepInTouchService {

  /** People brought up to date per batch when a whole account is recounted. */
  static final int RECOUNT_BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(KeepInTouchService.class);

  private final RelationshipRepository relationships;
  private final FollowUpRepository followUps;
  private final RelationshipCalculator calculator;
  private final TodayPlanner planner;
  private final Warmth warmth;
  private final ProfileService profiles;
  private final ModelParameters parameters;
  private final DoorOpening doorOpening;
  private final Clock clock;

  KeepInTouchService(
      RelationshipRepository relationships,
      FollowUpRepository followUps,
      RelationshipCalculator calculator,
      TodayPlanner planner,
      Warmth warmth,
      ProfileService profiles,
      ModelParameters parameters,
      DoorOpening doorOpening,
      Clock clock) {
    this.relationships = relationships;
    this.followUps = followUps;
    this.calculator = calculator;
    this.planner = planner;
    this.warmth = warmth;
    this.profiles = profiles;
    this.parameters = parameters;
    this.doorOpening = doorOpening;
    this.clock = clock;
  }

  // ---- keeping the relationship state up to date ----------------------------------------------

  /** Touchpoints of these people were logged, changed or removed: bring them up to date now. */
  @Transactional
  public void touchpointsChanged(long account, Collection<Long> contactIds) {
    refresh(account, contactIds);
  }

  /** These people were added or their tier, cadence or ways to reach them changed. */
  @Transactional
  public void contactsChanged(long account, Collection<Long> contactIds) {
    refresh(account, contactIds);
  }

  /**
   * These people were just added by an import: their relationships are computed from what the
   * import knows of them, without reading anything back, since they have no touchpoints and no
   * earlier state.
   */
  @Transactional
  public void peopleAdded(long account, List<NewPerson> people) {
    if (people.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    RelevanceJudge judge = new RelevanceJudge(profiles.get(account));
    List<ComputedRelationship> computed = new ArrayList<>(people.size());
    for (NewPerson p : people) {
      computed.add(
          calculator.compute(
              new RelationshipFacts(
                  p.contactId(),
                  p.tier(),
                  p.cadenceDays(),
                  p.knownSince() != null ? p.knownSince() : today,
                  p.channels(),
                  List.of(),
                  p.person(),
                  p.closenessRating(),
                  p.mutualConnections()),
              today,
              judge));
    }
    relationships.saveAll(account, computed, true);
  }

  /**
   * The user's targets changed: everyone's relevance is judged again, in one pass over the people
   * without recounting their touchpoints.
   */
  @EventListener
  @Transactional
  public void targetsChanged(ProfileService.ProfileSaved saved) {
    judgeRelevanceAgain(saved.account());
  }

  /** An organisation was marked as a target (or not) or renamed: its people's relevance moves. */
  @EventListener
  @Transactional
  public void organizationChanged(OrganizationService.OrganizationChanged changed) {
    judgeRelevanceAgain(changed.account());
  }

  private void judgeRelevanceAgain(long account) {
    RelevanceJudge judge = new RelevanceJudge(profiles.get(account));
    relationships.updateRelevance(account, judge::judge, relevance -> relevance.score(parameters));
  }

  /** Recounts every person of an account, a batch at a time (after an import, for instance). */
  @Transactional
  public void recountAccount(long account) {
    long after = Long.MIN_VALUE;
    while (true) {
      List<Long> batch = relationships.contactIdsAfter(account, after, RECOUNT_BATCH);
      if (batch.isEmpty()) {
        return;
      }
      refresh(account, batch);
      after = batch.get(batch.size() - 1);
    }
  }

  /**
   * Twelve-month counts slide with the calendar even when nothing is logged, so each night the
   * accounts whose counts are more than a week old are recounted.
   */
  @Scheduled(cron = "0 37 3 * * *")
  public void recountStaleAccounts() {
    for (Long account : relationships.accountsCountedBefore(LocalDate.now(clock).minusWeeks(1))) {
      recountAccount(account);
      log.info("Recounted the relationships of account {}", Ids.format(account));
    }
  }

  private void refresh(long account, Collection<Long> contactIds) {
    if (contactIds.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    RelevanceJudge judge = new RelevanceJudge(profiles.get(account));
    List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(contactIds));
    // A slice at a time: an import touches tens of thousands of people, and each slice is read
    // in a fixed number of queries and written in one batch.
    for (int from = 0; from < ids.size(); from += RECOUNT_BATCH) {
      List<ComputedRelationship> computed = new ArrayList<>();
      for (RelationshipFacts facts :
          relationships.facts(
              account, ids.subList(from, Math.min(ids.size(), from + RECOUNT_BATCH)))) {
        computed.add(calculator.compute(facts, today, judge));
      }
      relationships.saveAll(account, computed, false);
    }
  }

  // ---- reading ----------------------------------------------------------------------------------

  public KeepInTouchStatus status(long account, long contactId) {
    Relationship r =
        relationships
            .find(account, contactId)
            .orElseThrow(() -> new app.rapport.platform.NotFound("person", Ids.format(contactId)));
    return status(r, LocalDate.now(clock));
  }

  public Map<Long, KeepInTouchStatus> statuses(long account, Collection<Long> contactIds) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, KeepInTouchStatus> statuses = new LinkedHashMap<>();
    relationships
        .findAll(account, contactIds)
        .forEach((id, r) -> statuses.put(id, status(r, today)));
    return statuses;
  }

  /**
   * How willing each of these people would be to help, for a search that weighs hundreds of them:
   * the closeness and latent trust of their {@link #statuses status}, reckoned from the few columns
   * they come from. People whose tie has ended are left out.
   */
  public Map<Long, Willingness> willingness(long account, Collection<Long> contactIds) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, Willingness> willing = new HashMap<>();
    relationships
        .standings(account, contactIds)
        .forEach(
            (id, s) ->
                willing.put(
                    id,
                    new Willingness(
                        calculator.closenessNow(s, today).score(),
                        calculator.latentTrustNow(s, today))));
    return willing;
  }

  private KeepInTouchStatus status(Relationship r, LocalDate today) {
    var score = calculator.closenessNow(r, today);
    WarmthState state = r.stateOn(today);
    return new KeepInTouchStatus(
        r.contactId(),
        r.lastContactOn(),
        r.lastTwoWayOn(),
        warmth.warmth(r.tier(), r.cadenceDays(), r.countingFrom(), today),
        state,
        planner.describeSilence(r, today),
        r.nextNudgeOn(),
        r.rhythmDays(),
        warmth.cadenceDays(r.tier(), r.cadenceDays()).isPresent()
            ? warmth.cadenceDays(r.tier(), r.cadenceDays()).getAsInt()
            : null,
        r.touchpointCount(),
        score.score(),
        score.reasons().isEmpty() ? null : score.reasons().get(0).text(),
        calculator.latentTrustNow(r, today),
        r.snoozedUntil(),
        r.ended());
  }

  /**
   * A person's keep-in-touch status and their two tie scores, as their page shows them: one read of
   * their relationship for both.
   */
  public StatusAndScores statusAndScores(long account, long contactId) {
    LocalDate today = LocalDate.now(clock);
    PlanCandidate c =
        relationships
            .candidate(account, contactId)
            .orElseThrow(() -> new app.rapport.platform.NotFound("person", Ids.format(contactId)));
    return new StatusAndScores(status(c.relationship(), today), scores(account, c, today));
  }

  /**
   * "Close to you" and "could open a new door" for one person, with their reasons. Mutual
   * connections, when the user noted them, drive the door-opening bridge; otherwise it falls back
   * on whether the person is in the user's inner circle.
   */
  private TieScores scores(long account, PlanCandidate c, LocalDate today) {
    Relationship r = c.relationship();
    var closeness = calculator.closenessNow(r, today);
    var door =
        doorOpening.score(
            new DoorOpeningInputs(
                r.mutualConnections(),
                r.tier().isInnerCircle() ? 1 : 0,
                doorOpening.recentIntensity(r.twoWay12mo() / 4),
                closeness.score(),
                calculator.latentTrustNow(r, today),
                new RelevanceJudge(profiles.get(account)).judge(c.facts()),
                calculator.channelsOf(r),
                false));
    return new TieScores(
        closeness.score(),
        closeness.reasons().stream().map(app.rapport.model.Reason::text).toList(),
        door.score(),
        door.reasons().stream().map(app.rapport.model.Reason::text).toList());
  }

  // ---- for the Ready-10, goals and the dashboard ----------------------------------------------

  /** The people the Ready-10 weighs, with what it judges them on today. */
  public List<ReadyFacts> readyCandidates(long account, int limit) {
    LocalDate today = LocalDate.now(clock);
    return relationships.readyCandidates(account, limit).stream()
        .map(
            c -> {
              Standing standing = c.standing();
              LocalDate since = standing.countingFrom();
              return new ReadyFacts(
                  c.contactId(),
                  c.tier(),
                  c.relevance(),
                  calculator.closenessNow(standing, today).score(),
                  calculator.latentTrustNow(standing, today),
                  warmth.warmth(c.tier(), c.cadenceDays(), since, today),
                  Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(since, today) / 365.25),
                  standing.lastTwoWayOn(),
                  calculator.channelsOf(standing),
                  c.knowsGoal(),
                  c.revivedOn() != null && c.revivedOn().isAfter(today.minusYears(1)),
                  c.doNotContact());
            })
        .toList();
  }

  /** Dormant ties revived between two days (the end not included). */
  public long revivalsBetween(long account, LocalDate from, LocalDate until) {
    return relationships.countRevivals(account, from, until);
  }

  /** The share (0..1) of Active and Network people reachable on two or more channels. */
  public double multiChannelShare(long account) {
    long[] counts = relationships.multiChannel(account);
    return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
  }

  /** For each tier with a rhythm: warm, due, at risk, going dormant, counted today. */
  public Map<app.rapport.model.Tier, long[]> warmthByTier(long account) {
    return relationships.warmthByTier(account, LocalDate.now(clock));
  }

  // ---- the week's plan
  // ---------------------------------------------------------------------------

  public TodayPlan today(long account) {
    return planner.plan(account, LocalDate.now(clock));
  }

  // ---- what the user does with a suggestion -----------------------------------------------------

  /** Puts a person out of the plan until a day; answers their name for the confirmation. */
  @Transactional
  public String snooze(long account, long contact, LocalDate until) {
    relationships.snooze(account, contact, until);
    return planner.nameOf(account, contact);
  }

  /** Leaves a person out of this week's plan, noting why. */
  @Transactional
  public String skipThisWeek(long account, long contact, String reason) {
    LocalDate endOfWeek = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    relationships.skip(account, contact, endOfWeek, Text.trimToNull(reason));
    return planner.nameOf(account, contact);
  }

  /** "The relationship has ended": kept with all its history, never suggested again. */
  @Transactional
  public String endRelationship(long account, long contact) {
    relationships.setEnded(account, contact, true);
    return planner.nameOf(account, contact);
  }

  /** Undoes a snooze, a skip or an ended relationship. */
  @Transactional
  public String resume(long account, long contact) {
    relationships.setEnded(account, contact, false);
    return planner.nameOf(account, contact);
  }

  // ---- follow-ups ------------------------------------------------------------------------------

  @Transactional
  public FollowUp addFollowUp(
      long account, long contactId, Long touchpointId, LocalDate dueOn, String what) {
    long id = Ids.next();
    followUps.insert(account, id, contactId, touchpointId, dueOn, what, clock.instant());
    return getFollowUp(account, id);
  }

  /**
   * After a touchpoint is edited: its open follow-up is moved, created, or (when the date was
   * cleared) dropped.
   */
  @Transactional
  public void replaceFollowUpOfTouchpoint(
      long account, long touchpointId, long contactId, LocalDate dueOn, String what) {
    var open = followUps.openOfTouchpoint(account, touchpointId);
    if (open.isPresent()) {
      if (dueOn == null) {
        followUps.setStatus(account, open.get().id(), FollowUp.Status.DROPPED, clock.instant());
      } else {
        followUps.reschedule(account, open.get().id(), dueOn, what, contactId, clock.instant());
      }
    } else if (dueOn != null) {
      addFollowUp(account, contactId, touchpointId, dueOn, what);
    }
  }

  /**
   * Two people became one: the merged-away person's follow-ups are the kept one's now.
   *
   * @return the follow-ups moved, for undoing the merge
   */
  @Transactional
  public List<Long> moveFollowUps(long account, long from, long to) {
    List<Long> ids = followUps.idsFor(account, from);
    followUps.reassign(account, ids, to);
    return ids;
  }

  /** A merge was undone: these follow-ups go back to the person they came from. */
  @Transactional
  public void moveFollowUpsBack(long account, List<Long> ids, long to) {
    followUps.reassign(account, ids, to);
  }

  public FollowUp getFollowUp(long account, long id) {
    return followUps.find(account, id).orElseThrow(() -> FollowUpNotFound.forId(id));
  }

  public PageResult<FollowUp> openFollowUps(long account, PageRequest page) {
    return PageResult.of(
        followUps.open(account, null, page), page, followUps.countOpen(account, null));
  }

  public List<FollowUp> openFollowUpsFor(long account, long contactId) {
    return followUps.openFor(account, contactId);
  }

  @Transactional
  public FollowUp completeFollowUp(long account, long id) {
    return setStatus(account, id, FollowUp.Status.DONE);
  }

  @Transactional
  public FollowUp dropFollowUp(long account, long id) {
    return setStatus(account, id, FollowUp.Status.DROPPED);
  }

  @Transactional
  public FollowUp reopenFollowUp(long account, long id) {
    return setStatus(account, id, FollowUp.Status.OPEN);
  }

  @Transactional
  public FollowUp snoozeFollowUp(long account, long id, LocalDate until) {
    FollowUp followUp = getFollowUp(account, id);
    followUps.reschedule(
        account, id, until, followUp.what(), followUp.contactId(), clock.instant());
    return getFollowUp(account, id);
  }

  private FollowUp setStatus(long account, long id, FollowUp.Status status) {
    getFollowUp(account, id);
    followUps.setStatus(account, id, status, clock.instant());
    return getFollowUp(account, id);
  }

  List<FollowUp> followUpsDueBy(long account, LocalDate day, int limit) {
    return followUps.open(account, day, new PageRequest(0, limit));
  }

  static List<Long> ids(List<FollowUp> followUps) {
    List<Long> ids = new ArrayList<>();
    followUps.forEach(f -> ids.add(f.contactId()));
    return ids;
  }
}

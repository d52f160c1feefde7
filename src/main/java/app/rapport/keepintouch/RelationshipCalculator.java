package app.rapport.keepintouch;

import app.rapport.model.Channel;
import app.rapport.model.Closeness;
import app.rapport.model.ClosenessInputs;
import app.rapport.model.ContactChannel;
import app.rapport.model.Direction;
import app.rapport.model.Interaction;
import app.rapport.model.LatentTrust;
import app.rapport.model.ModelParameters;
import app.rapport.model.Reconnect;
import app.rapport.model.ReconnectCandidate;
import app.rapport.model.Relevance;
import app.rapport.model.TieHistory;
import app.rapport.model.Tier;
import app.rapport.model.Warmth;
import app.rapport.model.WarmthReading;
import app.rapport.model.WarmthState;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns what is known about a person (tier, touchpoints, channels) into the state kept in the
 * {@code relationship} table, using the research model. Everything here is computed on write, so
 * that reading the week's plan is an indexed query.
 */
@Component
class RelationshipCalculator {

  /**
   * Rough hours a touchpoint on each channel stands for, to estimate the time spent together
   * (calibration: a meal or a meeting about an hour and a half, an event two, a call half an hour,
   * a message a few minutes).
   */
  private static final Map<Channel, Double> HOURS =
      Map.ofEntries(
          Map.entry(Channel.IN_PERSON, 1.5),
          Map.entry(Channel.MEAL, 1.5),
          Map.entry(Channel.EVENT, 2.0),
          Map.entry(Channel.PHONE, 0.5),
          Map.entry(Channel.VIDEO, 0.5),
          Map.entry(Channel.EMAIL, 0.1),
          Map.entry(Channel.LINKEDIN, 0.1),
          Map.entry(Channel.TEXT, 0.05),
          Map.entry(Channel.LETTER, 0.2),
          Map.entry(Channel.SOCIAL, 0.05),
          Map.entry(Channel.OTHER, 0.25));

  private final ModelParameters parameters;
  private final Warmth warmth;
  private final Closeness closeness;
  private final LatentTrust latentTrust;
  private final Reconnect reconnect;

  RelationshipCalculator(
      ModelParameters parameters,
      Warmth warmth,
      Closeness closeness,
      LatentTrust latentTrust,
      Reconnect reconnect) {
    this.parameters = parameters;
    this.warmth = warmth;
    this.closeness = closeness;
    this.latentTrust = latentTrust;
    this.reconnect = reconnect;
  }

  /**
   * Logging resets the clock at once: a reach-out that has had no answer yet does not warm the tie
   * (only two-way contact does), but the user has done their part, so the nudge waits one cadence
   * from it before asking again.
   */
  private LocalDate nudgeAfterReachOut(
      RelationshipFacts facts, LocalDate nudge, LocalDate last, LocalDate lastTwoWay) {
    if (nudge == null || last == null || (lastTwoWay != null && !last.isAfter(lastTwoWay))) {
      return nudge;
    }
    OptionalInt cadence = warmth.cadenceDays(facts.tier(), facts.cadenceDays());
    if (cadence.isEmpty()) {
      return nudge;
    }
    LocalDate again = last.plusDays(cadence.getAsInt());
    return again.isAfter(nudge) ? again : nudge;
  }

  ComputedRelationship compute(
      RelationshipFacts facts, LocalDate today, app.rapport.profile.RelevanceJudge judge) {
    List<Interaction> past =
        facts.interactions().stream()
            .filter(i -> !i.on().isAfter(today))
            .sorted(Comparator.comparing(Interaction::on))
            .toList();
    TieHistory history =
        new TieHistory(facts.tier(), facts.cadenceDays(), facts.knownSince(), past);
    WarmthReading reading = warmth.read(history, today);
    LocalDate last = past.isEmpty() ? null : past.get(past.size() - 1).on();
    LocalDate lastTwoWay = reading.everTwoWay() ? reading.countingFrom() : null;
    Window year = Window.of(past, today);
    LocalDate regularUntil =
        lastTwoWay != null ? lastTwoWay : (last != null ? last : facts.knownSince());
    double trustBase = closenessAt(facts, past, regularUntil).score();
    Relevance relevance = judge.judge(facts.person());
    double hours = past.stream().mapToDouble(i -> HOURS.get(i.channel())).sum();
    return new ComputedRelationship(
        facts.contactId(),
        facts.tier(),
        past.isEmpty() ? null : past.get(0).on(),
        last,
        lastTwoWay,
        past.size(),
        reading.rhythmDays().isPresent()
            ? (int) Math.round(reading.rhythmDays().getAsDouble())
            : null,
        nudgeAfterReachOut(facts, reading.nextNudgeOn().orElse(null), last, lastTwoWay),
        firstDayIn(WarmthState.AT_RISK, history, reading),
        firstDayIn(WarmthState.GOING_DORMANT, history, reading),
        year.count(),
        year.twoWay(),
        year.byThem(),
        year.channels(),
        year.depth(),
        today,
        hours,
        trustBase,
        storedReconnectScore(
            facts, trustBase, latentTrust.of(trustBase, regularUntil, today), hours),
        facts.hasPersonalChannel(),
        facts.channels().stream().anyMatch(ContactChannel::employerOwned),
        relevance.score(parameters),
        relevance.inTargetFieldOrCompany(),
        relevance.statusAtOrAboveTargetRole(),
        (int) facts.channels().stream().filter(ContactChannel::working).count(),
        revivals(history, past));
  }

  /**
   * The days two-way contact came back after a silence long enough for the tie to have gone dormant
   * (the model's going-dormant span for the tier, or {@code dormantYears} for an acquaintance),
   * counting from when the person became known: the "reconnect with dormant ties" goal counts
   * these.
   */
  private List<LocalDate> revivals(TieHistory history, List<Interaction> past) {
    long dormantDays =
        warmth.cadenceDays(history.tier(), history.cadenceOverrideDays()).stream()
            .mapToLong(c -> Math.round(parameters.goingDormantMissedCadences() * c))
            .findFirst()
            .orElse(Math.round(parameters.dormantYears() * 365.25));
    List<LocalDate> revived = new java.util.ArrayList<>();
    LocalDate previous = history.knownSince();
    for (Interaction i : past) {
      if (!i.direction().isTwoWay()) {
        continue;
      }
      if (ChronoUnit.DAYS.between(previous, i.on()) >= dormantDays) {
        revived.add(i.on());
      }
      if (i.on().isAfter(previous)) {
        previous = i.on();
      }
    }
    return revived;
  }

  /** The ways to reach a person, as far as the stored state tells them apart. */
  List<ContactChannel> channelsOf(Relationship r) {
    return channelsOf(r.standing());
  }

  List<ContactChannel> channelsOf(Standing s) {
    List<ContactChannel> channels = new java.util.ArrayList<>();
    if (s.personalChannel()) {
      channels.add(ContactChannel.personalEmail());
    }
    if (s.workChannel()) {
      channels.add(ContactChannel.workEmail(true));
    }
    return channels;
  }

  /** Closeness S today, from the counts kept for the last twelve months. */
  app.rapport.model.ClosenessScore closenessNow(Relationship r, LocalDate today) {
    return closenessNow(r.standing(), today);
  }

  app.rapport.model.ClosenessScore closenessNow(Standing s, LocalDate today) {
    return closeness.score(
        new ClosenessInputs(
            s.closenessRating(),
            Math.min(1, Math.max(0, s.depth12mo())),
            s.count12mo(),
            Math.max(0, ChronoUnit.DAYS.between(s.knownSince(), today) / 365.25),
            s.count12mo() == 0 ? 0.5 : (double) s.byThem12mo() / s.count12mo(),
            s.mutualConnections(),
            s.channels12mo()));
  }

  /** Latent trust today: what remains of the closeness the tie had when contact was regular. */
  double latentTrustNow(Relationship r, LocalDate today) {
    return latentTrustNow(r.standing(), today);
  }

  double latentTrustNow(Standing s, LocalDate today) {
    LocalDate regularUntil =
        s.lastTwoWayOn() != null
            ? s.lastTwoWayOn()
            : (s.lastContactOn() != null ? s.lastContactOn() : s.knownSince());
    return latentTrust.of(s.trustBase(), regularUntil, today);
  }

  private app.rapport.model.ClosenessScore closenessAt(
      RelationshipFacts facts, List<Interaction> past, LocalDate day) {
    Window window = Window.of(past, day);
    return closeness.score(
        new ClosenessInputs(
            facts.closenessRating(),
            window.depth(),
            window.count(),
            Math.max(0, ChronoUnit.DAYS.between(facts.knownSince(), day) / 365.25),
            window.count() == 0 ? 0.5 : (double) window.byThem() / window.count(),
            facts.mutualConnections(),
            window.channels()));
  }

  /**
   * The first day the tie reaches {@code wanted} (at risk, or going dormant), found with the
   * model's own rule: so many missed cadences, or so many of the person's own gaps. An acquaintance
   * has no rhythm and is never at risk; it counts as dormant after {@code dormantYears} of silence,
   * the span after which revived ties were studied (Levin et al. 2011).
   */
  private LocalDate firstDayIn(WarmthState wanted, TieHistory history, WarmthReading reading) {
    LocalDate from = reading.countingFrom();
    if (history.tier() == Tier.ACQUAINTANCE) {
      return wanted == WarmthState.GOING_DORMANT
          ? from.plusDays(Math.round(parameters.dormantYears() * 365.25))
          : null;
    }
    int cadence = warmth.cadenceDays(history.tier(), history.cadenceOverrideDays()).orElseThrow();
    return from.plusDays(warmth.silenceUntil(wanted, cadence, reading.rhythmDays()));
  }

  /**
   * The part of the reconnect priority (§9.7) that does not depend on the user's targets or on
   * today's warmth: novelty, trust and reachability, as if the tie were fully cold and the user had
   * no target. The plan reads dormant ties in this order and ranks the first few in full.
   */
  private double storedReconnectScore(
      RelationshipFacts facts, double trust, double latent, double hours) {
    return reconnect.priority(
        candidate(facts.contactId(), NO_TARGET, hours, trust, latent, facts.channels(), 0, false),
        false);
  }

  /** A person as the reconnect ranking sees them; status relative to the user is not known yet. */
  ReconnectCandidate candidate(
      long contactId,
      Relevance relevance,
      double hours,
      double trust,
      double latent,
      List<ContactChannel> channels,
      double warmthToday,
      boolean doNotContact) {
    return new ReconnectCandidate(
        contactId,
        relevance,
        reconnect.pastTimeTogether(hours),
        UNKNOWN_STATUS,
        Math.min(1, Math.max(0, trust)),
        Math.min(1, Math.max(0, latent)),
        channels,
        Math.min(1, Math.max(0, warmthToday)),
        doNotContact);
  }

  private static final Relevance NO_TARGET = new Relevance(false, false, false);

  /** Whether a person ranks above the user is not recorded yet: neither above nor below. */
  private static final double UNKNOWN_STATUS = 0.5;

  /** Counts over the twelve months up to a day. */
  private record Window(int count, int twoWay, int byThem, int channels, double depth) {

    static Window of(List<Interaction> interactions, LocalDate until) {
      LocalDate from = until.minusYears(1);
      int count = 0;
      int twoWay = 0;
      int byThem = 0;
      double depth = 0;
      Set<Channel> channels = EnumSet.noneOf(Channel.class);
      for (Interaction i : interactions) {
        if (i.on().isAfter(from) && !i.on().isAfter(until)) {
          count++;
          depth += i.channel().depth();
          channels.add(i.channel());
          if (i.direction().isTwoWay()) {
            twoWay++;
          }
          if (i.direction() == Direction.INBOUND) {
            byThem++;
          }
        }
      }
      return new Window(count, twoWay, byThem, channels.size(), count == 0 ? 0 : depth / count);
    }
  }
}

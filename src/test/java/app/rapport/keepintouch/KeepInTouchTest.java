package app.rapport.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.model.WarmthState;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KeepInTouchTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired ProfileService profiles;
  @Autowired RelationshipRepository relationships;

  private Contact person(String name, Tier tier, LocalDate knownSince) {
    return person(name, tier, knownSince, null, null);
  }

  private Contact person(
      String name, Tier tier, LocalDate knownSince, String company, String industry) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(
                new EmailAddress(
                    name.toLowerCase().replace(' ', '.') + "@mail.example", "personal")),
            List.of(),
            null,
            company,
            null,
            industry,
            tier,
            List.of(),
            null,
            null,
            knownSince,
            null));
  }

  private void log(Contact who, LocalDate on, Direction direction) {
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            on, Channel.PHONE, direction, List.of(who.id()), "Call", null, null, null));
  }

  private List<TodayItem> plan(TodayItem.Kind kind) {
    return keepInTouch.today(account.id()).ofKind(kind);
  }

  private LocalDate daysAgo(int days) {
    return clock.today().minusDays(days);
  }

  @Test
  void warmthFollowsTheResearchNumbersAsCadencesAreMissed() {
    Contact ana = person("Ana Ruiz", Tier.CLOSE, daysAgo(2000));
    log(ana, clock.today(), Direction.MUTUAL);
    assertThat(keepInTouch.status(account.id(), ana.id()).warmth()).isEqualTo(1.0);

    clock.setDate(clock.today().plusDays(60));
    KeepInTouchStatus twoMissed = keepInTouch.status(account.id(), ana.id());
    assertThat(twoMissed.warmth()).isCloseTo(0.63, within(0.005));
    assertThat(twoMissed.state()).isEqualTo(WarmthState.NUDGE);

    clock.setDate(clock.today().plusDays(60));
    KeepInTouchStatus fourMissed = keepInTouch.status(account.id(), ana.id());
    assertThat(fourMissed.warmth()).isCloseTo(0.40, within(0.005));
    assertThat(fourMissed.state()).isEqualTo(WarmthState.AT_RISK);

    clock.setDate(clock.today().plusDays(120));
    KeepInTouchStatus eightMissed = keepInTouch.status(account.id(), ana.id());
    assertThat(eightMissed.warmth()).isCloseTo(0.16, within(0.005));
    assertThat(eightMissed.state()).isEqualTo(WarmthState.GOING_DORMANT);
  }

  @Test
  void loggingATwoWayTouchpointTakesThePersonOutOfTheNudgesAtOnce() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, daysAgo(400));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH))
        .extracting(TodayItem::fullName)
        .containsExactly("Ana Ruiz");

    log(ana, clock.today(), Direction.MUTUAL);

    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).isEmpty();
    KeepInTouchStatus status = keepInTouch.status(account.id(), ana.id());
    assertThat(status.state()).isEqualTo(WarmthState.WARM);
    assertThat(status.lastContactOn()).isEqualTo(clock.today());
    assertThat(status.nextNudgeOn()).isEqualTo(clock.today().plusDays(180));
  }

  @Test
  void aReachOutNotYetAnsweredTakesThePersonOutOfTheNudgesUntilACadenceHasPassed() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, daysAgo(400));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH))
        .extracting(TodayItem::fullName)
        .containsExactly("Ana Ruiz");
    LocalDate sent = clock.today();

    log(ana, sent, Direction.OUTBOUND);

    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).isEmpty();
    assertThat(keepInTouch.status(account.id(), ana.id()).nextNudgeOn())
        .isEqualTo(sent.plusDays(90));
    clock.setDate(sent.plusDays(89));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).isEmpty();
    clock.setDate(sent.plusDays(90));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH))
        .extracting(TodayItem::fullName)
        .containsExactly("Ana Ruiz");
  }

  @Test
  void aDormantTieWrittenToLeavesThePlanWhileAnAnswerIsAwaited() {
    Contact old = person("Old Colleague", Tier.ACTIVE, daysAgo(4000));
    log(old, daysAgo(1500), Direction.MUTUAL);
    log(old, daysAgo(1600), Direction.MUTUAL);
    assertThat(planned()).containsExactly("Old Colleague");
    LocalDate sent = clock.today();

    log(old, sent, Direction.OUTBOUND);

    assertThat(planned()).isEmpty();
    clock.setDate(sent.plusDays(TodayPlanner.REPLY_WAIT_DAYS - 1L));
    assertThat(planned()).isEmpty();
    clock.setDate(sent.plusDays(TodayPlanner.REPLY_WAIT_DAYS));
    assertThat(plan(TodayItem.Kind.RECONNECT))
        .extracting(TodayItem::fullName)
        .containsExactly("Old Colleague");
  }

  private List<String> planned() {
    return keepInTouch.today(account.id()).items().stream().map(TodayItem::fullName).toList();
  }

  @Test
  void aMessageLeftUnansweredDoesNotWarmTheTie() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, daysAgo(400));
    double before = keepInTouch.status(account.id(), ana.id()).warmth();
    log(ana, clock.today(), Direction.OUTBOUND);
    KeepInTouchStatus after = keepInTouch.status(account.id(), ana.id());
    assertThat(after.warmth()).isEqualTo(before);
    assertThat(after.lastContactOn()).isEqualTo(clock.today());
    assertThat(after.lastTwoWayOn()).isNull();
  }

  @Test
  void theWeeklyBudgetKeepsThePlanShortAndCountsThisWeeksReachOuts() {
    for (int i = 0; i < 8; i++) {
      person("Network Person " + i, Tier.NETWORK, daysAgo(900 + i));
    }
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).hasSize(4);

    Contact met = person("Met This Week", Tier.ACTIVE, daysAgo(1000));
    log(met, clock.today(), Direction.MUTUAL);
    Contact other = person("Also Met", Tier.NETWORK, daysAgo(1000));
    log(other, clock.today().minusDays(1), Direction.INBOUND);

    TodayPlan plan = keepInTouch.today(account.id());
    assertThat(plan.touchedThisWeek()).isEqualTo(2);
    assertThat(plan.ofKind(TodayItem.Kind.KEEP_IN_TOUCH)).hasSize(2);
  }

  @Test
  void thisWeeksReachOutsLeaveOutLastWeekTheClosestCirclesAndDeletedTouchpoints() {
    LocalDate monday = clock.today().with(java.time.DayOfWeek.MONDAY);
    Contact lastWeek = person("Last Week", Tier.NETWORK, daysAgo(1000));
    log(lastWeek, monday.minusDays(1), Direction.MUTUAL);
    Contact inner = person("Inner Friend", Tier.INNER, daysAgo(1000));
    log(inner, monday, Direction.MUTUAL);
    Contact deleted = person("Deleted Call", Tier.ACTIVE, daysAgo(1000));
    var call =
        touchpoints.logTouchpoint(
            account.id(),
            new TouchpointCommand(
                monday,
                Channel.PHONE,
                Direction.OUTBOUND,
                List.of(deleted.id()),
                "Call",
                null,
                null,
                null));
    touchpoints.deleteTouchpoint(account.id(), call.id());
    Contact one = person("Lunch One", Tier.NETWORK, daysAgo(1000));
    Contact two = person("Lunch Two", Tier.ACQUAINTANCE, daysAgo(1000));
    Contact close = person("Close Friend", Tier.CLOSE, daysAgo(1000));
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            monday,
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(one.id(), two.id(), inner.id(), close.id()),
            "Lunch",
            null,
            null,
            null));
    log(one, clock.today(), Direction.INBOUND);

    assertThat(keepInTouch.today(account.id()).touchedThisWeek()).isEqualTo(2);
  }

  @Test
  void warmthByTierCountsEachPersonOnceInTheStateTheirDatesGive() {
    List<Tier> tiers = List.of(Tier.values());
    List<Contact> people = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Tier tier = tiers.get(i % tiers.size());
      Contact who = person("Person " + i, tier, daysAgo(3000 - i));
      if (i % 3 != 0) {
        log(who, daysAgo(i * 11), i % 2 == 0 ? Direction.MUTUAL : Direction.OUTBOUND);
      }
      people.add(who);
    }
    Contact removed = people.get(13);
    contacts.deleteContact(account.id(), removed.id());

    java.util.Map<Tier, long[]> expected = new java.util.EnumMap<>(Tier.class);
    java.util.EnumSet<WarmthState> seen = java.util.EnumSet.noneOf(WarmthState.class);
    for (Contact who : people) {
      if (who.id() == removed.id()) {
        continue;
      }
      Relationship r = relationships.find(account.id(), who.id()).orElseThrow();
      WarmthState state = r.stateOn(clock.today());
      seen.add(state);
      int column =
          switch (state) {
            case WARM -> 0;
            case NUDGE -> 1;
            case AT_RISK -> 2;
            case GOING_DORMANT -> 3;
            default -> -1;
          };
      if (column >= 0) {
        expected.computeIfAbsent(r.tier(), t -> new long[4])[column]++;
      }
    }
    assertThat(seen)
        .contains(
            WarmthState.WARM,
            WarmthState.NUDGE,
            WarmthState.AT_RISK,
            WarmthState.GOING_DORMANT,
            WarmthState.NO_RHYTHM);

    java.util.Map<Tier, long[]> counted = keepInTouch.warmthByTier(account.id());
    assertThat(counted.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (tier, counts) -> assertThat(counted.get(tier)).as(tier.name()).containsExactly(counts));
  }

  @Test
  void theMostOverdueForTheirOwnRhythmComeFirst() {
    person("Inner Friend", Tier.INNER, daysAgo(30));
    person("Old Network", Tier.NETWORK, daysAgo(800));
    person("Slightly Late Network", Tier.NETWORK, daysAgo(731));
    profiles.saveProfile(
        account.id(), 0, new ProfileCommand(List.of(), List.of(), List.of(), false, 2));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH))
        .extracting(TodayItem::fullName)
        .containsExactly("Inner Friend", "Old Network");
  }

  @Test
  void eachSuggestionSaysWhyInPlainWords() {
    Contact ana = person("Ana Ruiz", Tier.CLOSE, daysAgo(2000));
    for (int days : new int[] {150, 120, 90}) {
      log(ana, daysAgo(days), Direction.MUTUAL);
    }
    TodayItem item = plan(TodayItem.Kind.KEEP_IN_TOUCH).get(0);
    assertThat(item.reason())
        .startsWith("You last spoke in August")
        .contains("3 months ago")
        .contains("you used to talk about every month");
    assertThat(item.opener()).startsWith("Hi Ana,").doesNotContainIgnoringCase("job");
  }

  @Test
  void aPersonsOwnFasterRhythmBringsTheNudgeEarlier() {
    Contact ana = person("Ana Ruiz", Tier.NETWORK, daysAgo(100));
    log(ana, daysAgo(21), Direction.MUTUAL);
    log(ana, daysAgo(14), Direction.MUTUAL);
    log(ana, daysAgo(7), Direction.MUTUAL);
    KeepInTouchStatus status = keepInTouch.status(account.id(), ana.id());
    assertThat(status.rhythmDays()).isEqualTo(7);
    assertThat(status.nextNudgeOn()).isEqualTo(daysAgo(7).plusDays(14));
  }

  @Test
  void changingAPersonsTierMovesTheirNextNudge() {
    Contact ana = person("Ana Ruiz", Tier.NETWORK, daysAgo(10));
    log(ana, daysAgo(10), Direction.MUTUAL);
    assertThat(keepInTouch.status(account.id(), ana.id()).nextNudgeOn())
        .isEqualTo(daysAgo(10).plusDays(730));
    ContactCommand closer = contacts.get(account.id(), ana.id()).toCommand();
    contacts.editContact(
        account.id(),
        ana.id(),
        1,
        new ContactCommand(
            closer.fullName(),
            closer.emails(),
            closer.phones(),
            closer.linkedinUrl(),
            closer.company(),
            closer.title(),
            closer.industry(),
            Tier.INNER,
            closer.tags(),
            closer.notes(),
            closer.howWeMet(),
            closer.knownSince(),
            closer.cadenceDays()));
    assertThat(keepInTouch.status(account.id(), ana.id()).nextNudgeOn())
        .isEqualTo(daysAgo(10).plusDays(14));
  }

  @Test
  void acquaintancesAreNeverNudged() {
    Contact ana = person("Ana Ruiz", Tier.ACQUAINTANCE, daysAgo(400));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).isEmpty();
    KeepInTouchStatus status = keepInTouch.status(account.id(), ana.id());
    assertThat(status.state()).isEqualTo(WarmthState.NO_RHYTHM);
    assertThat(status.nextNudgeOn()).isNull();
  }

  @Test
  void followUpsComeFirstAndCanBeDoneMovedOrDropped() {
    Contact ana = person("Ana Ruiz", Tier.NETWORK, daysAgo(900));
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            daysAgo(5),
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(ana.id()),
            "Lunch",
            null,
            clock.today().plusDays(2),
            "Send her the article"));
    TodayPlan plan = keepInTouch.today(account.id());
    assertThat(plan.items().get(0).kind()).isEqualTo(TodayItem.Kind.FOLLOW_UP);
    assertThat(plan.items().get(0).reason()).contains("Send her the article").contains("in 2 days");
    long followUp = plan.items().get(0).followUpId();

    FollowUp moved = keepInTouch.snoozeFollowUp(account.id(), followUp, clock.today().plusDays(30));
    assertThat(moved.dueOn()).isEqualTo(clock.today().plusDays(30));
    assertThat(plan(TodayItem.Kind.FOLLOW_UP)).isEmpty();

    keepInTouch.completeFollowUp(account.id(), followUp);
    assertThat(keepInTouch.openFollowUpsFor(account.id(), ana.id())).isEmpty();
    keepInTouch.reopenFollowUp(account.id(), followUp);
    assertThat(keepInTouch.openFollowUpsFor(account.id(), ana.id())).hasSize(1);
    keepInTouch.dropFollowUp(account.id(), followUp);
    assertThat(
            keepInTouch
                .openFollowUps(account.id(), app.rapport.platform.db.PageRequest.of(0, 10))
                .total())
        .isZero();
  }

  @Test
  void willingnessIsTheClosenessAndLatentTrustOfEachStatusWithEndedTiesLeftOut() {
    List<Contact> people = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Tier tier = Tier.values()[i % Tier.values().length];
      Contact who = person("Willing " + i, tier, i % 5 == 0 ? null : daysAgo(4000 - i * 90));
      // a tie strong years ago and quiet since, one kept up lately, one barely begun
      int from = i % 3 == 0 ? 1500 : i % 3 == 1 ? 40 : 400;
      for (int n = 0; n < i % 7; n++) {
        log(who, daysAgo(from + n * 20), (n + i) % 2 == 0 ? Direction.MUTUAL : Direction.OUTBOUND);
      }
      people.add(who);
    }
    Contact ended = people.get(8);
    keepInTouch.endRelationship(account.id(), ended.id());
    List<Long> ids = people.stream().map(Contact::id).toList();

    java.util.Map<Long, KeepInTouchStatus> statuses = keepInTouch.statuses(account.id(), ids);
    java.util.Map<Long, Willingness> willing = keepInTouch.willingness(account.id(), ids);

    assertThat(willing).doesNotContainKey(ended.id()).hasSize(people.size() - 1);
    statuses.forEach(
        (id, status) -> {
          if (id != ended.id()) {
            assertThat(willing.get(id))
                .isEqualTo(new Willingness(status.closeness(), status.latentTrust()));
          }
        });
    // the people differ on both numbers, so a column read in the wrong place would show
    assertThat(willing.values()).anyMatch(w -> w.latentTrust() > w.closeness());
    assertThat(willing.values()).anyMatch(w -> w.closeness() > w.latentTrust());
    assertThat(willing.values().stream().map(Willingness::closeness).distinct())
        .hasSizeGreaterThan(5);
  }

  @Test
  void thePlanWeighsEachPersonAsTheirWholeRelationshipSays() {
    profiles.saveProfile(
        account.id(), 0, new ProfileCommand(List.of("Healthcare"), List.of(), List.of(), true, 4));
    for (int i = 0; i < 30; i++) {
      Tier tier = List.of(Tier.CLOSE, Tier.ACTIVE, Tier.NETWORK).get(i % 3);
      Contact who =
          person(
              "Weighed " + i,
              tier,
              i % 4 == 0 ? null : daysAgo(5000 - i * 60),
              "Company " + (i % 5),
              i % 2 == 0 ? "Healthcare" : "Retail");
      // half went quiet years ago (dormant ties), half were in touch this year (warm, for the ask)
      int from = i % 2 == 0 ? 1200 + i * 10 : 10 + i * 5;
      for (int n = 0; n <= i % 6; n++) {
        log(who, daysAgo(from + n * 15), Direction.values()[(n + i) % Direction.values().length]);
      }
    }
    List<RelationshipRepository.Weighed> weighed =
        new java.util.ArrayList<>(
            relationships.dormant(account.id(), clock.today(), daysAgo(6), 200));
    int dormant = weighed.size();
    weighed.addAll(relationships.warm(account.id(), clock.today().minusYears(1), 200));
    assertThat(dormant).isGreaterThan(5);
    assertThat(weighed.size() - dormant).isGreaterThan(5);

    for (RelationshipRepository.Weighed w : weighed) {
      Relationship r = relationships.find(account.id(), w.contactId()).orElseThrow();
      assertThat(w.tier()).isEqualTo(r.tier());
      assertThat(w.cadenceDays()).isEqualTo(r.cadenceDays());
      assertThat(w.standing()).isEqualTo(r.standing());
      assertThat(w.hoursTogether()).isEqualTo(r.hoursTogether());
      assertThat(w.twoWay12mo()).isEqualTo(r.twoWay12mo());
      assertThat(w.relevance().inTargetFieldOrCompany()).isEqualTo(r.inTarget());
      assertThat(w.relevance().statusAtOrAboveTargetRole()).isEqualTo(r.atTargetRole());
    }
    // the people differ where the plan looks, so a column read in the wrong place would show
    assertThat(weighed).anyMatch(w -> w.relevance().inTargetFieldOrCompany());
    assertThat(weighed).anyMatch(w -> !w.relevance().inTargetFieldOrCompany());
    assertThat(weighed.stream().map(RelationshipRepository.Weighed::hoursTogether).distinct())
        .hasSizeGreaterThan(3);
    assertThat(weighed.stream().map(RelationshipRepository.Weighed::twoWay12mo).distinct())
        .hasSizeGreaterThan(2);
  }

  @Test
  void aPersonsStatusAndTieScoresComeFromOneReadOfTheirRelationship() {
    profiles.saveProfile(
        account.id(), 0, new ProfileCommand(List.of("Healthcare"), List.of(), List.of(), true, 4));
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, daysAgo(2000), "Contoso Health", "Healthcare");
    Contact bob = person("Bob Stone", Tier.ACTIVE, daysAgo(2000), "Fabrikam", "Retail");
    Contact cy = person("Cy Quiet", Tier.NETWORK, null);
    for (Contact who : List.of(ana, bob)) {
      log(who, daysAgo(300), Direction.MUTUAL);
      log(who, daysAgo(20), Direction.OUTBOUND);
    }

    for (Contact who : List.of(ana, bob, cy)) {
      StatusAndScores both = keepInTouch.statusAndScores(account.id(), who.id());
      assertThat(both.status()).isEqualTo(keepInTouch.status(account.id(), who.id()));
      assertThat(both.scores().closeness()).isEqualTo(both.status().closeness());
    }
    // the same history, but only Ana works in the field the user is aiming for
    TieScores anas = keepInTouch.statusAndScores(account.id(), ana.id()).scores();
    TieScores bobs = keepInTouch.statusAndScores(account.id(), bob.id()).scores();
    assertThat(anas.closeness()).isEqualTo(bobs.closeness()).isPositive();
    assertThat(anas.doorOpening()).isGreaterThan(bobs.doorOpening());
  }

  @Test
  void snoozedSkippedAndEndedPeopleStayOutOfThePlanUntilResumed() {
    Contact snoozed = person("Snoozed Person", Tier.NETWORK, daysAgo(900));
    Contact skipped = person("Skipped Person", Tier.NETWORK, daysAgo(900));
    Contact ended = person("Ended Person", Tier.NETWORK, daysAgo(900));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).hasSize(3);

    keepInTouch.snooze(account.id(), snoozed.id(), clock.today().plusMonths(1));
    keepInTouch.skipThisWeek(account.id(), skipped.id(), "Not the right time");
    keepInTouch.endRelationship(account.id(), ended.id());
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).isEmpty();
    assertThat(keepInTouch.status(account.id(), ended.id()).ended()).isTrue();

    clock.setDate(clock.today().plusWeeks(1));
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH))
        .extracting(TodayItem::fullName)
        .containsExactly("Skipped Person");

    keepInTouch.resume(account.id(), ended.id());
    keepInTouch.resume(account.id(), snoozed.id());
    assertThat(plan(TodayItem.Kind.KEEP_IN_TOUCH)).hasSize(3);
  }

  @Test
  void aDormantTieIsSuggestedWithOneDrawnFromTheNextNineStableThroughTheDay() {
    for (int i = 0; i < 15; i++) {
      Contact old = person("Old Colleague " + i, Tier.ACTIVE, daysAgo(4000));
      log(old, daysAgo(1500 + i * 10), Direction.MUTUAL);
      log(old, daysAgo(1600 + i * 10), Direction.MUTUAL);
    }
    List<TodayItem> first = plan(TodayItem.Kind.RECONNECT);
    assertThat(first).hasSize(2);
    assertThat(first.get(1).reason()).contains("Picked at random");
    assertThat(plan(TodayItem.Kind.RECONNECT)).isEqualTo(first);
    assertThat(first.get(0).opener())
        .contains("would value your view")
        .doesNotContainIgnoringCase("job");
  }

  @Test
  void anAskIsSuggestedOnlyWhenSearchingAndOnlyOfSomeoneRelevant() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, daysAgo(2000), "Contoso Health", "Healthcare");
    Contact bob = person("Bob Stone", Tier.ACTIVE, daysAgo(2000), "Fabrikam", "Retail");
    log(ana, daysAgo(20), Direction.MUTUAL);
    log(bob, daysAgo(20), Direction.MUTUAL);
    assertThat(plan(TodayItem.Kind.ASK)).isEmpty();

    profiles.saveProfile(
        account.id(), 0, new ProfileCommand(List.of("Healthcare"), List.of(), List.of(), true, 4));
    List<TodayItem> asks = plan(TodayItem.Kind.ASK);
    assertThat(asks).extracting(TodayItem::fullName).containsExactly("Ana Ruiz");
    assertThat(asks.get(0).reason()).contains("works in healthcare");
    assertThat(asks.get(0).opener())
        .contains("Could I ask you")
        .doesNotContainIgnoringCase("a job");
  }
}

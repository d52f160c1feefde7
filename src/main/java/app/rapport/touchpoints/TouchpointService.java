package app.rapport.touchpoints;

import app.rapport.contacts.ContactService;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.model.Direction;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log: every coffee, call, email or card, with whom and when. Each change tells keep-in-touch
 * at once, so a person leaves the nudges the moment a touchpoint with them is saved.
 */
@Service
public class TouchpointService {

  static final String MANUAL = "manual";

  private final TouchpointRepository touchpoints;
  private final KeepInTouchService keepInTouch;
  private final Rules rules;
  private final Clock clock;

  TouchpointService(
      TouchpointRepository touchpoints, KeepInTouchService keepInTouch, Rules rules, Clock clock) {
    this.touchpoints = touchpoints;
    this.keepInTouch = keepInTouch;
    this.rules = rules;
    this.clock = clock;
  }

  public Touchpoint get(long account, long id) {
    return touchpoints.find(account, id, false).orElseThrow(() -> TouchpointNotFound.forId(id));
  }

  public PageResult<Touchpoint> timeline(long account, long contact, PageRequest page) {
    return PageResult.of(
        touchpoints.timeline(account, contact, page),
        page,
        () -> touchpoints.countTimeline(account, contact));
  }

  public PageResult<Touchpoint> activity(long account, ActivityFilter filter, PageRequest page) {
    return PageResult.of(
        touchpoints.activity(account, filter, page),
        page,
        () -> touchpoints.countActivity(account, filter));
  }

  @Transactional
  public Touchpoint logTouchpoint(long account, TouchpointCommand command) {
    return record(account, command, MANUAL, null);
  }

  /**
   * Logs a touchpoint that came from an import, remembering where it came from so that importing
   * the same file again adds nothing.
   */
  @Transactional
  public Touchpoint recordImported(
      long account, TouchpointCommand command, String source, String sourceRef) {
    return record(account, command, source, sourceRef);
  }

  private Touchpoint record(
      long account, TouchpointCommand command, String source, String sourceRef) {
    TouchpointCommand clean = check(account, command, List.of());
    long id = Ids.next();
    touchpoints.insert(account, id, clean, source, sourceRef, clock.instant());
    touchpoints.countWeek(account, clean.occurredOn(), clean.channel(), 1);
    if (clean.followUpOn() != null) {
      keepInTouch.addFollowUp(
          account, clean.contactIds().get(0), id, clean.followUpOn(), followUpText(clean));
    }
    keepInTouch.touchpointsChanged(account, clean.contactIds());
    return get(account, id);
  }

  /**
   * Logs many touchpoints at once (sample data, imports), bringing each person's relationship up to
   * date once at the end rather than after every touchpoint. All or nothing: one invalid touchpoint
   * refuses the lot.
   */
  @Transactional
  public int recordAll(long account, List<TouchpointCommand> commands, String source) {
    Set<Long> touched = new LinkedHashSet<>();
    for (TouchpointCommand command : commands) {
      TouchpointCommand clean = check(account, command, List.of());
      long id = Ids.next();
      touchpoints.insert(account, id, clean, source, null, clock.instant());
      touchpoints.countWeek(account, clean.occurredOn(), clean.channel(), 1);
      if (clean.followUpOn() != null) {
        keepInTouch.addFollowUp(
            account, clean.contactIds().get(0), id, clean.followUpOn(), followUpText(clean));
      }
      touched.addAll(clean.contactIds());
    }
    keepInTouch.touchpointsChanged(account, touched);
    return commands.size();
  }

  /** What logging imported touchpoints did. */
  public record ImportedCount(int created, int alreadyThere) {}

  /**
   * Logs touchpoints an import brings, in a few batched statements. A reference already logged from
   * the same source by an earlier import (or by hand) is left alone, so importing the same file
   * again adds nothing; one logged earlier in the same import gains the people and the direction of
   * the new one (both directions make it mutual). Each person's relationship is brought up to date
   * once, at the end.
   */
  @Transactional
  public ImportedCount importTouchpoints(
      long account, long importBatch, String source, List<ImportedTouchpoint> items) {
    if (items.isEmpty()) {
      return new ImportedCount(0, 0);
    }
    Map<String, TouchpointRepository.SourceHit> existing =
        touchpoints.bySourceRef(
            account, source, items.stream().map(ImportedTouchpoint::sourceRef).toList());
    LocalDate today = LocalDate.now(clock);
    Map<Long, ImportedTouchpoint> created = new java.util.LinkedHashMap<>();
    Map<String, Long> createdByRef = new java.util.HashMap<>();
    Map<Long, Direction> directions = new java.util.HashMap<>();
    List<Object[]> joined = new ArrayList<>();
    Set<Long> touched = new LinkedHashSet<>();
    int alreadyThere = 0;
    for (ImportedTouchpoint item : items) {
      if (item.contactIds().isEmpty() || item.occurredOn().isAfter(today)) {
        continue;
      }
      TouchpointRepository.SourceHit hit = existing.get(item.sourceRef());
      Long sameBatch =
          hit != null && Long.valueOf(importBatch).equals(hit.importBatch()) ? hit.id() : null;
      if (hit != null && sameBatch == null) {
        alreadyThere++;
        continue;
      }
      Long id = sameBatch != null ? sameBatch : createdByRef.get(item.sourceRef());
      if (id == null) {
        id = Ids.next();
        created.put(id, item);
        createdByRef.put(item.sourceRef(), id);
      } else {
        Direction before =
            created.containsKey(id)
                ? created.get(id).direction()
                : directions.getOrDefault(id, hit.direction());
        Direction combined = before == item.direction() ? before : Direction.MUTUAL;
        if (created.containsKey(id)) {
          ImportedTouchpoint first = created.get(id);
          List<Long> people = new ArrayList<>(first.contactIds());
          item.contactIds().stream().filter(c -> !people.contains(c)).forEach(people::add);
          created.put(
              id,
              new ImportedTouchpoint(
                  first.occurredOn(),
                  first.channel(),
                  combined,
                  people,
                  first.summary(),
                  first.sourceRef()));
        } else {
          directions.put(id, combined);
          for (Long contact : item.contactIds()) {
            joined.add(new Object[] {account, id, contact, item.occurredOn()});
          }
        }
      }
      touched.addAll(item.contactIds());
    }
    touchpoints.insertAll(account, importBatch, source, created, clock.instant());
    touchpoints.addParticipants(joined);
    if (!directions.isEmpty()) {
      touchpoints.setDirections(account, directions);
    }
    keepInTouch.touchpointsChanged(account, touched);
    return new ImportedCount(created.size(), alreadyThere);
  }

  /**
   * Removes for good the touchpoints an import logged, when it is undone.
   *
   * @return the people who took part in them, whose relationships need bringing up to date
   */
  @Transactional
  public List<Long> removeImported(long account, long importBatch) {
    List<Long> people = touchpoints.participantsOfImport(account, importBatch);
    touchpoints.deleteOfImport(account, importBatch);
    return people;
  }

  /**
   * Two people became one: the merged-away person's touchpoints are the kept one's now. Where both
   * took part, the kept one is there already and the other simply leaves.
   */
  @EventListener
  public void contactsMerged(ContactService.ContactsMerged merged) {
    TouchpointRepository.Participation participation =
        touchpoints.participation(merged.account(), merged.mergedAwayId(), merged.keptId());
    List<Long> moved =
        participation.all().stream().filter(t -> !participation.shared().contains(t)).toList();
    touchpoints.removeParticipant(merged.account(), participation.shared(), merged.mergedAwayId());
    touchpoints.reassign(merged.account(), moved, merged.mergedAwayId(), merged.keptId());
    merged.log().record(MOVED, moved);
    merged.log().record(SHARED, participation.shared());
  }

  /** A merge was undone: the touchpoints go back to the person they came from. */
  @EventListener
  public void contactsUnmerged(ContactService.ContactsUnmerged unmerged) {
    touchpoints.reassign(
        unmerged.account(), unmerged.log().get(MOVED), unmerged.keptId(), unmerged.mergedAwayId());
    touchpoints.addParticipant(
        unmerged.account(), unmerged.log().get(SHARED), unmerged.mergedAwayId());
  }

  static final String MOVED = "touchpoints";
  static final String SHARED = "touchpointsShared";

  @Transactional
  public Touchpoint editTouchpoint(long account, long id, int version, TouchpointCommand command) {
    Touchpoint before = get(account, id);
    TouchpointCommand clean = check(account, command, before.contactIds());
    if (!touchpoints.update(account, id, version, clean, clock.instant())) {
      throw new StaleEdit("touchpoint");
    }
    touchpoints.countWeek(account, before.occurredOn(), before.channel(), -1);
    touchpoints.countWeek(account, clean.occurredOn(), clean.channel(), 1);
    keepInTouch.replaceFollowUpOfTouchpoint(
        account,
        id,
        clean.contactIds().get(0),
        clean.followUpOn(),
        clean.followUpOn() == null ? null : followUpText(clean));
    Set<Long> touched = new LinkedHashSet<>(before.contactIds());
    touched.addAll(clean.contactIds());
    keepInTouch.touchpointsChanged(account, touched);
    return get(account, id);
  }

  /** Deletes a touchpoint; {@link #restoreTouchpoint} brings it back. */
  @Transactional
  public Touchpoint deleteTouchpoint(long account, long id) {
    Touchpoint touchpoint = get(account, id);
    touchpoints.markDeleted(account, id, clock.instant());
    touchpoints.countWeek(account, touchpoint.occurredOn(), touchpoint.channel(), -1);
    keepInTouch.touchpointsChanged(account, touchpoint.contactIds());
    return touchpoint;
  }

  @Transactional
  public void restoreTouchpoint(long account, long id) {
    if (!touchpoints.restore(account, id)) {
      throw TouchpointNotFound.forId(id);
    }
    Touchpoint restored = get(account, id);
    touchpoints.countWeek(account, restored.occurredOn(), restored.channel(), 1);
    keepInTouch.touchpointsChanged(account, touchpoints.participantIds(account, id));
  }

  /** After people are removed for good, touchpoints that involved only them go too. */
  @Scheduled(cron = "0 27 3 * * *")
  @Transactional
  public void removeOrphans() {
    for (long account : touchpoints.deleteOrphans()) {
      touchpoints.recountWeeks(account);
    }
  }

  /** Touchpoints per week and channel, for charts and goals: one row per week and channel. */
  public List<WeekCount> weeks(long account, LocalDate from, LocalDate until) {
    return touchpoints.weeks(account, from, until);
  }

  /**
   * Touchpoints between two days (the second not included), exactly: whole weeks from the weekly
   * counts, and the days at either edge from the log itself, so a year costs a few reads whatever
   * the size of the log.
   */
  public long countBetween(long account, LocalDate from, LocalDate until) {
    LocalDate firstWholeWeek =
        TouchpointRepository.weekOf(from).equals(from)
            ? from
            : TouchpointRepository.weekOf(from).plusWeeks(1);
    LocalDate lastWeek = TouchpointRepository.weekOf(until);
    if (!firstWholeWeek.isBefore(lastWeek)) {
      return touchpoints.countOn(account, from, until);
    }
    long wholeWeeks =
        touchpoints.weeks(account, firstWholeWeek, lastWeek.minusDays(1)).stream()
            .mapToLong(WeekCount::touchpoints)
            .sum();
    return touchpoints.countOn(account, from, firstWholeWeek)
        + wholeWeeks
        + touchpoints.countOn(account, lastWeek, until);
  }

  /** Counts the weekly totals again from the log itself, after touchpoints were written in bulk. */
  @Transactional
  public void recountWeeks(long account) {
    touchpoints.recountWeeks(account);
  }

  /** Informational interviews held between two days. */
  public long infoInterviews(long account, LocalDate from, LocalDate until) {
    return touchpoints.countInfoInterviews(account, from, until);
  }

  /**
   * Checks a command; {@code alreadyThere} are people an edited touchpoint already had, who stay
   * allowed even if they have since been deleted.
   */
  private TouchpointCommand check(
      long account, TouchpointCommand command, List<Long> alreadyThere) {
    TouchpointCommand clean =
        new TouchpointCommand(
            command.occurredOn(),
            command.channel(),
            command.direction(),
            command.contactIds(),
            Text.trimToNull(command.summary()),
            Text.trimToNull(command.notes()),
            command.followUpOn(),
            Text.trimToNull(command.followUpWhat()),
            command.infoInterview());
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (clean.occurredOn() != null && clean.occurredOn().isAfter(today)) {
      problems.add(
          new FieldProblem(
              "occurredOn",
              "This date is in the future. To plan something, add a follow-up to today's touchpoint instead."));
    }
    Map<Long, String> known = touchpoints.livePeople(account, clean.contactIds());
    for (int i = 0; i < clean.contactIds().size(); i++) {
      Long person = clean.contactIds().get(i);
      if (!known.containsKey(person) && !alreadyThere.contains(person)) {
        problems.add(
            new FieldProblem(
                "contactIds[" + i + "]",
                "There is no such person in Rapport (they may have been deleted)."));
      }
    }
    if (clean.followUpOn() != null
        && clean.occurredOn() != null
        && clean.followUpOn().isBefore(clean.occurredOn())) {
      problems.add(
          new FieldProblem("followUpOn", "The follow-up date is before the touchpoint itself."));
    }
    if (clean.followUpOn() == null && clean.followUpWhat() != null) {
      problems.add(new FieldProblem("followUpOn", "Choose a date for the follow-up."));
    }
    rules.check(clean, problems);
    return clean;
  }

  private static String followUpText(TouchpointCommand command) {
    if (command.followUpWhat() != null) {
      return command.followUpWhat();
    }
    return command.summary() == null ? "Follow up" : "Follow up: " + command.summary();
  }
}

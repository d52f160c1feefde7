package app.rapport.reminders;

import app.rapport.contacts.Birthday;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.TodayItem;
import app.rapport.model.Tier;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.db.Ids;
import app.rapport.platform.security.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders that reach the user where they already look: a calendar subscription that shows the
 * week's plan and the follow-ups they promised, and a weekly email with the plan and the reasons.
 */
@Service
public class RemindersService {

  /** The calendar shows follow-ups from this many days back... */
  static final int FEED_DAYS_BACK = 30;

  /** ...to this many ahead, and at most this many of them, so the feed stays a bounded size. */
  static final int FEED_DAYS_AHEAD = 365;

  static final int FEED_MAX_FOLLOW_UPS = 500;

  /** Upcoming keep-in-touch dates shown ahead, at most this many per circle. */
  static final int FEED_NUDGE_DAYS_AHEAD = 90;

  static final int FEED_MAX_NUDGES_PER_TIER = 50;

  /** At most this many birthdays, the closest tiers first. */
  static final int FEED_MAX_BIRTHDAYS = 500;

  private final ReminderSettingsRepository settings;
  private final DigestOutboxRepository outbox;
  private final CalendarRepository calendar;
  private final CalendarWriter writer;
  private final DigestDelivery delivery;
  private final KeepInTouchService keepInTouch;
  private final SecretBox secrets;
  private final Links links;
  private final Mailer mailer;
  private final MailServers mailServers;
  private final DigestProperties digestProperties;
  private final Rules rules;
  private final Clock clock;

  RemindersService(
      ReminderSettingsRepository settings,
      DigestOutboxRepository outbox,
      CalendarRepository calendar,
      CalendarWriter writer,
      DigestDelivery delivery,
      KeepInTouchService keepInTouch,
      SecretBox secrets,
      Links links,
      Mailer mailer,
      MailServers mailServers,
      DigestProperties digestProperties,
      Rules rules,
      Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.calendar = calendar;
    this.writer = writer;
    this.delivery = delivery;
    this.keepInTouch = keepInTouch;
    this.secrets = secrets;
    this.links = links;
    this.mailer = mailer;
    this.mailServers = mailServers;
    this.digestProperties = digestProperties;
    this.rules = rules;
    this.clock = clock;
  }

  // ---- the calendar subscription
  // -----------------------------------------------------------------

  /** The account's calendar link, made the first time it is asked for. */
  @Transactional
  public CalendarLink calendarLink(long account) {
    ensureSettings(account);
    ReminderSettingsRepository.FeedSecret feed = settings.feed(account).orElseThrow();
    String token = secrets.open(feed.sealed());
    return new CalendarLink(links.feed(token), links.webcal(token), feed.createdAt());
  }

  /** Makes a new calendar link; the old one stops working at once (its calendar shows a 404). */
  @Transactional
  public CalendarLink newCalendarLink(long account) {
    ensureSettings(account);
    String token = FeedTokens.make(account);
    settings.replaceFeed(account, SecretBox.hash(token), secrets.seal(token), clock.instant());
    return calendarLink(account);
  }

  /**
   * The feed a calendar app fetches with the secret token in its address; empty when the token is
   * wrong or was replaced, which the web answers with 404.
   */
  public Optional<CalendarFeed> calendarFeed(String token) {
    Optional<Long> account = FeedTokens.account(token);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReminderSettingsRepository.FeedSecret> feed = settings.feed(account.get());
    if (feed.isEmpty() || !SecretBox.matches(token, feed.get().hash())) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    return Optional.of(
        writer.write(events(account.get(), today), today.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  private List<CalendarEvent> events(long account, LocalDate today) {
    List<CalendarEvent> events = new ArrayList<>();
    for (CalendarRepository.FollowUpRow f :
        calendar.openFollowUps(
            account,
            today.minusDays(FEED_DAYS_BACK),
            today.plusDays(FEED_DAYS_AHEAD),
            FEED_MAX_FOLLOW_UPS)) {
      events.add(
          new CalendarEvent(
              "follow-up-" + Ids.format(f.id()) + "@rapport",
              f.dueOn(),
              "Follow up with " + f.fullName(),
              "You said you would: " + f.what() + ".",
              links.person(f.contactId())));
    }
    Set<Long> planned = new HashSet<>();
    for (TodayItem item : keepInTouch.today(account).items()) {
      if (item.kind() == TodayItem.Kind.FOLLOW_UP || !planned.add(item.contactId())) {
        continue;
      }
      events.add(
          new CalendarEvent(
              keepInTouchUid(item.contactId()),
              today,
              summary(item),
              item.reason()
                  + (item.opener() == null ? "" : "\n\nYou could start: " + item.opener()),
              links.person(item.contactId())));
    }
    LocalDate horizon = today.plusDays(FEED_NUDGE_DAYS_AHEAD);
    List<CalendarEvent> upcoming = new ArrayList<>();
    for (Tier tier : List.of(Tier.INNER, Tier.CLOSE, Tier.ACTIVE, Tier.NETWORK)) {
      for (CalendarRepository.NudgeRow n :
          calendar.upcomingNudges(account, tier, today, horizon, FEED_MAX_NUDGES_PER_TIER)) {
        LocalDate on =
            n.snoozedUntil() != null && n.snoozedUntil().isAfter(n.nextNudgeOn())
                ? n.snoozedUntil()
                : n.nextNudgeOn();
        if (planned.contains(n.contactId()) || on.isAfter(horizon)) {
          continue;
        }
        upcoming.add(
            new CalendarEvent(
                keepInTouchUid(n.contactId()),
                on,
                "Reach out to " + n.fullName(),
                "Keep in touch: from this day it is time to reach out to "
                    + n.fullName()
                    + " again.",
                links.person(n.contactId())));
      }
    }
    upcoming.sort(Comparator.comparing(CalendarEvent::date).thenComparing(CalendarEvent::uid));
    events.addAll(upcoming);
    for (CalendarRepository.BirthdayRow b : calendar.birthdays(account, FEED_MAX_BIRTHDAYS)) {
      Birthday.parse(b.birthday())
          .ifPresent(
              birthday ->
                  events.add(
                      new CalendarEvent(
                          "birthday-" + Ids.format(b.contactId()) + "@rapport",
                          thisYears(birthday.monthDay(), today.getYear()),
                          b.fullName() + "'s birthday",
                          birthday.year() == null
                              ? "A good day to send a few warm words."
                              : "Born in "
                                  + birthday.year()
                                  + ". A good day to send a few warm words.",
                          links.person(b.contactId()),
                          birthday.monthDay())));
    }
    return events;
  }

  /** The day in this year: 29 February is the 28th when the year has none. */
  static LocalDate thisYears(MonthDay day, int year) {
    return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
  }

  /** One person has one keep-in-touch event, which moves as their date moves. */
  private static String keepInTouchUid(long contactId) {
    return "keep-in-touch-" + Ids.format(contactId) + "@rapport";
  }

  private static String summary(TodayItem item) {
    return switch (item.kind()) {
      case RECONNECT -> "Reconnect with " + item.fullName();
      case ASK -> "Ask " + item.fullName() + " for advice";
      default -> "Reach out to " + item.fullName();
    };
  }

  // ---- the weekly email
  // ----------------------------------------------------------------------------

  @Transactional
  public DigestSettings digestSettings(long account) {
    ensureSettings(account);
    DigestSettings saved = settings.digest(account).orElseThrow();
    if (saved.to() == null && digestProperties.to() != null) {
      return new DigestSettings(
          saved.enabled(),
          digestProperties.to(),
          saved.day(),
          saved.hour(),
          saved.timeZone(),
          saved.nextDigestAt(),
          saved.version());
    }
    return saved;
  }

  /** Turns the weekly email on or off and sets where and when it goes. */
  @Transactional
  public DigestSettings saveDigestSettings(long account, int version, DigestCommand command) {
    ensureSettings(account);
    String to = command.to() != null ? command.to() : digestProperties.to();
    List<FieldProblem> extra = new ArrayList<>();
    if (command.enabled() && to == null) {
      extra.add(new FieldProblem("to", "Enter the email address to send the weekly email to."));
    }
    rules.check(command, extra);
    Instant now = clock.instant();
    Instant next =
        command.enabled()
            ? WeeklySlot.nextAfter(now, command.day(), command.hour(), command.timeZone())
            : null;
    if (!settings.saveDigest(account, version, command, command.to(), next, now)) {
      throw new StaleEdit("weekly email settings");
    }
    return digestSettings(account);
  }

  /** Writes this week's email and sends it at once; a mail server that is down delays it only. */
  public DigestSendResult sendDigestNow(long account) {
    DigestSettings digest = digestSettings(account);
    if (digest.to() == null) {
      throw InvalidInput.of(
          "to", "Enter the email address to send the weekly email to, then send it.");
    }
    requireMailServer(account);
    return delivery.sendNow(account, digest.to());
  }

  /** When the last weekly email went, and what holds up one that is waiting. */
  public DigestStatus digestStatus(long account) {
    return outbox.status(account);
  }

  /** What an unsubscribe link stands for: empty when the link is wrong. */
  public Optional<String> unsubscribeRecipient(String token) {
    return delivery.recipientOf(token);
  }

  /** Stops the weekly email from its unsubscribe link; answers false for a wrong link. */
  @Transactional
  public boolean unsubscribe(String token) {
    Optional<Long> account = delivery.accountOf(token);
    account.ifPresent(a -> settings.turnDigestOff(a, clock.instant()));
    return account.isPresent();
  }

  /** The scheduled work: writes the weekly emails that are due, then sends those waiting. */
  int runDueDigests() {
    return delivery.runDue();
  }

  // ---- the mail server
  // ---------------------------------------------------------------------------

  public MailServer mailServer(long account) {
    return mailServers.describe(account);
  }

  @Transactional
  public MailServer saveMailServer(long account, MailServerCommand command) {
    rules.check(command);
    mailServers.save(account, command);
    return mailServers.describe(account);
  }

  /** Forgets the mail server set in Settings (spring.mail.* applies again, if set). */
  @Transactional
  public MailServer removeMailServer(long account) {
    mailServers.remove(account);
    return mailServers.describe(account);
  }

  /** Sends a short test email to the weekly email's address, and says what failed if it did. */
  public MailCheck sendTestEmail(long account) {
    String to = digestSettings(account).to();
    if (to == null) {
      throw InvalidInput.of("to", "Enter the email address to send the weekly email to first.");
    }
    Mailer.Server server = requireMailServer(account);
    try {
      mailer.send(
          server,
          new OutgoingMail(
              to,
              "A test from Rapport",
              "This is a test. Rapport can send your weekly email through "
                  + server.address()
                  + ".\n",
              "<p>This is a test. Rapport can send your weekly email through "
                  + server.address()
                  + ".</p>",
              "<test-" + Ids.format(Ids.next()) + "@rapport>",
              null));
      return new MailCheck(true, to, null);
    } catch (MailFailure failure) {
      return new MailCheck(false, to, failure.getMessage());
    }
  }

  private Mailer.Server requireMailServer(long account) {
    return mailServers
        .forSending(account)
        .orElseThrow(
            () ->
                InvalidInput.of(
                    "host", "Set up the mail server first: Rapport needs one to send email."));
  }

  private void ensureSettings(long account) {
    if (settings.feed(account).isEmpty()) {
      String token = FeedTokens.make(account);
      settings.createIfMissing(
          account, SecretBox.hash(token), secrets.seal(token), startingZone(), clock.instant());
    }
  }

  /** This computer's time zone to start with, with the aliases of UTC named plainly. */
  private java.time.ZoneId startingZone() {
    java.time.ZoneId zone = clock.getZone();
    return zone.normalized().equals(ZoneOffset.UTC) ? java.time.ZoneId.of("UTC") : zone;
  }
}

package app.rapport.reminders;

import app.rapport.platform.db.Ids;
import app.rapport.platform.security.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gets each weekly email out exactly once, however many app instances share the database.
 *
 * <ol>
 *   <li>When an account's email is due, one transaction moves its next date on (only if it is still
 *       the date that was due: the first instance wins, the others change nothing) and writes the
 *       email into the outbox under a key unique per account and due moment.
 *   <li>An email in the outbox is sent by the instance that claims it: a conditional update that
 *       succeeds for one caller only. Sent, it is marked so; refused by the mail server, it waits
 *       (one minute, then two, four, … up to six hours) and is tried again, for as long as it
 *       takes. An instance that stops mid-send leaves a claim that runs out, and another instance
 *       takes the email over.
 * </ol>
 *
 * The one window left is a crash between the mail server accepting an email and the outbox
 * recording it; the email then carries the same Message-ID, by which mail programs recognise a
 * copy.
 */
@Component
class DigestDelivery {

  static final int BATCH = 50;
  static final Duration CLAIM = Duration.ofMinutes(10);
  static final Duration FIRST_WAIT = Duration.ofMinutes(1);
  static final Duration LONGEST_WAIT = Duration.ofHours(6);

  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

  private final ReminderSettingsRepository settings;
  private final DigestOutboxRepository outbox;
  private final DigestComposer composer;
  private final MailServers mailServers;
  private final Mailer mailer;
  private final SecretBox secrets;
  private final Links links;
  private final DigestProperties properties;
  private final TransactionTemplate tx;
  private final Clock clock;

  DigestDelivery(
      ReminderSettingsRepository settings,
      DigestOutboxRepository outbox,
      DigestComposer composer,
      MailServers mailServers,
      Mailer mailer,
      SecretBox secrets,
      Links links,
      DigestProperties properties,
      TransactionTemplate tx,
      Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.composer = composer;
    this.mailServers = mailServers;
    this.mailer = mailer;
    this.secrets = secrets;
    this.links = links;
    this.properties = properties;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Writes the emails that are due, then sends those whose time has come; answers how many went.
   */
  int runDue() {
    Instant now = clock.instant();
    for (ReminderSettingsRepository.Due due : settings.due(now, BATCH)) {
      try {
        tx.executeWithoutResult(status -> writeScheduled(due, now));
      } catch (RuntimeException e) {
        // one account's trouble must not hold up everyone else's email; it is tried next run
        log.error("Weekly email of account {} could not be written", Ids.format(due.account()), e);
      }
    }
    int sent = 0;
    for (long[] ready : outbox.ready(now, BATCH)) {
      if (deliver(ready[0], ready[1])) {
        sent++;
      }
    }
    return sent;
  }

  private void writeScheduled(ReminderSettingsRepository.Due due, Instant now) {
    DigestSettings digest = settings.digest(due.account()).orElseThrow();
    Instant next = WeeklySlot.nextAfter(now, digest.day(), digest.hour(), digest.timeZone());
    if (!settings.advance(due.account(), due.dueAt(), next)) {
      return;
    }
    String to = digest.to() != null ? digest.to() : properties.to();
    if (to == null) {
      log.warn("Weekly email of account {} skipped: no address", Ids.format(due.account()));
      return;
    }
    write(due.account(), "week:" + due.dueAt(), to, now);
  }

  /** Writes this week's email for sending at once, and sends it. */
  DigestSendResult sendNow(long account, String to) {
    long id = tx.execute(status -> write(account, null, to, clock.instant()));
    deliver(account, id);
    DigestOutboxRepository.Entry entry = outbox.find(account, id).orElseThrow();
    boolean sent = entry.status() == DigestOutboxRepository.Status.SENT;
    return new DigestSendResult(
        sent,
        entry.recipient(),
        entry.attempts(),
        sent ? null : entry.lastError(),
        sent ? null : entry.nextAttemptAt());
  }

  private long write(long account, String slot, String to, Instant now) {
    long id = Ids.next();
    Digest digest = composer.compose(account, LocalDate.now(clock), unsubscribeUrl(account, id));
    outbox.insert(account, id, slot == null ? "now:" + Ids.format(id) : slot, to, digest, now);
    return id;
  }

  /** Sends one email if this instance can claim it; answers whether it went. */
  boolean deliver(long account, long id) {
    Instant now = clock.instant();
    if (!outbox.claim(account, id, now, now.plus(CLAIM))) {
      return false;
    }
    DigestOutboxRepository.Entry entry = outbox.find(account, id).orElseThrow();
    try {
      Optional<Mailer.Server> server = mailServers.forSending(account);
      if (server.isEmpty()) {
        throw new MailFailure("no mail server is set up", null);
      }
      mailer.send(
          server.get(),
          new OutgoingMail(
              entry.recipient(),
              entry.subject(),
              entry.textBody(),
              entry.htmlBody(),
              "<digest-" + Ids.format(id) + "@rapport>",
              unsubscribeUrl(account, id)));
    } catch (MailFailure failure) {
      return failed(entry, failure.getMessage(), now);
    } catch (RuntimeException unexpected) {
      log.error("Weekly email {} could not be sent", Ids.format(id), unexpected);
      return failed(entry, plainWords(unexpected), now);
    }
    outbox.markSent(account, id, clock.instant());
    log.info("Weekly email {} sent", Ids.format(id));
    return true;
  }

  private boolean failed(DigestOutboxRepository.Entry entry, String problem, Instant now) {
    Instant retry = now.plus(wait(entry.attempts()));
    outbox.markFailed(entry.account(), entry.id(), problem, retry);
    log.warn(
        "Weekly email {} not sent (attempt {}): {}; trying again at {}",
        Ids.format(entry.id()),
        entry.attempts(),
        problem,
        retry);
    return false;
  }

  /** A failure that is not the mail server's, said without its stack trace. */
  private static String plainWords(RuntimeException e) {
    return e instanceof IllegalStateException && e.getMessage() != null
        ? e.getMessage()
        : "Rapport could not send it (the log has the details)";
  }

  /** How long to wait after the n-th failed attempt: doubling from a minute, at most six hours. */
  static Duration wait(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  // ---- unsubscribe links: the account, the email, and Rapport's signature of both -------------

  private String unsubscribeUrl(long account, long id) {
    return links.to("/digest/unsubscribe/" + unsubscribeToken(account, id));
  }

  private String unsubscribeToken(long account, long id) {
    String ids = Ids.format(account) + Ids.format(id);
    return ids + secrets.sign("unsubscribe:" + ids);
  }

  Optional<Long> accountOf(String token) {
    if (token == null || token.length() != 2 * FeedTokens.ID_LENGTH + 22) {
      return Optional.empty();
    }
    String ids = token.substring(0, 2 * FeedTokens.ID_LENGTH);
    if (!secrets.verify("unsubscribe:" + ids, token.substring(ids.length()))) {
      return Optional.empty();
    }
    return Ids.parse(ids.substring(0, FeedTokens.ID_LENGTH));
  }

  Optional<String> recipientOf(String token) {
    return accountOf(token)
        .flatMap(
            account ->
                Ids.parse(token.substring(FeedTokens.ID_LENGTH, 2 * FeedTokens.ID_LENGTH))
                    .flatMap(id -> outbox.find(account, id))
                    .map(DigestOutboxRepository.Entry::recipient));
  }
}

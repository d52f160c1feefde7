package app.rapport.reminders;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How reminders reach the user, under {@code rapport.reminders.*}.
 *
 * @param publicUrl the address links in the calendar and the email point to; by default this
 *     computer ({@code http://localhost:<port>}). An organisation hosting Rapport sets its public
 *     {@code https://} address here, which Google Calendar needs to subscribe.
 * @param schedulerEnabled whether this instance takes part in sending the weekly emails (tests
 *     switch it off and run the work themselves)
 * @param checkEvery how often due emails are looked for; an email goes out within this of its hour
 * @param pollEvery how often the scheduler asks the database for work that is due
 * @param schedulerName this instance's name in the scheduler's table (default: the host name);
 *     instances sharing a database should have different names
 */
@Validated
@ConfigurationProperties("rapport.reminders")
public record RemindersProperties(
    URI publicUrl,
    @DefaultValue("true") boolean schedulerEnabled,
    @DefaultValue("1m") @NotNull Duration checkEvery,
    @DefaultValue("10s") @NotNull Duration pollEvery,
    String schedulerName) {}

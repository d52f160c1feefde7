package app.rapport.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly email's defaults, under {@code rapport.digest.*} (the mail server itself is Spring
 * Boot's {@code spring.mail.*}, or the one set in Settings).
 *
 * @param to the address the weekly email goes to when Settings names none
 * @param from the sender's address when neither Settings nor {@code spring.mail.username} gives one
 */
@ConfigurationProperties("rapport.digest")
public record DigestProperties(String to, String from) {}

package app.rapport.imports.read;

import app.rapport.model.Direction;
import java.time.LocalDateTime;

/**
 * One connection request of a LinkedIn Invitations.csv.
 *
 * @param sentAt when it was sent, in a time zone the file does not state (LinkedIn writes local
 *     time), so the caller places it in the user's zone and treats it as approximate; null when the
 *     date could not be read
 * @param direction {@code OUTBOUND} for invitations the owner sent, {@code INBOUND} for those they
 *     received, null when the file does not say
 */
public record ImportedInvitation(
    String fromName,
    String toName,
    LocalDateTime sentAt,
    String message,
    Direction direction,
    String inviterProfileUrl,
    String inviteeProfileUrl,
    int sourceRow) {}

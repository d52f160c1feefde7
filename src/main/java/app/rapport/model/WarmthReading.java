package app.rapport.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A person's warmth on one day, with what the keep-in-touch screens need to act on it.
 *
 * @param warmth W in [0, 1]: 1 on the day of two-way contact, halving every three cadences
 * @param state the tier rule (or the person's own faster rhythm) applied to the silence so far
 * @param countingFrom the last two-way contact, or the day the person became known when there has
 *     been none
 * @param everTwoWay whether any two-way contact is logged
 * @param daysSilent whole days from {@code countingFrom} to the day read, never negative
 * @param missedCadences days silent divided by the cadence; empty for a person with no cadence
 * @param rhythmDays the median gap between logged interactions, once there are enough of them
 * @param nextNudgeOn the day a nudge falls due (may be in the past); empty for an acquaintance
 * @param reason why the state is what it is, in plain words
 */
public record WarmthReading(
    double warmth,
    WarmthState state,
    LocalDate countingFrom,
    boolean everTwoWay,
    long daysSilent,
    OptionalDouble missedCadences,
    OptionalDouble rhythmDays,
    Optional<LocalDate> nextNudgeOn,
    Reason reason) {}

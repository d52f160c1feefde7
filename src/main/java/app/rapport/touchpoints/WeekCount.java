package app.rapport.touchpoints;

import app.rapport.model.Channel;
import java.time.LocalDate;

/** How many touchpoints were logged on one channel in the week starting on a Monday. */
public record WeekCount(LocalDate weekStart, Channel channel, int touchpoints) {}

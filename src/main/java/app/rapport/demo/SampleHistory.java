package app.rapport.demo;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.touchpoints.TouchpointCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Three years of made-up touchpoints with believable rhythms: weekly calls and lunches with the
 * inner circle, monthly catch-ups with close people, a few a year with active ties, a yearly card
 * for the wider network. About a third of each tier has gone quiet at some point, so the week's
 * plan has people to suggest; a few promises fall due this week.
 */
final class SampleHistory {

  private static final String[] SUMMARIES = {
    "Caught up over coffee",
    "Talked about her new team",
    "Shared an article on hospital finance",
    "Asked how the reorganisation went",
    "Congratulated him on the promotion",
    "Swapped notes on a conference",
    "Quick call about the project",
    "Lunch near the office",
    "Sent a birthday card",
    "Talked about the job market in healthcare"
  };

  private SampleHistory() {}

  static List<TouchpointCommand> touchpoints(
      long seed, LocalDate today, List<Long> people, List<Tier> tiers) {
    Random random = new Random(seed);
    List<TouchpointCommand> commands = new ArrayList<>();
    LocalDate start = today.minusYears(3);
    for (int i = 0; i < people.size(); i++) {
      Tier tier = tiers.get(i);
      int[] gap = gap(tier);
      if (gap == null) {
        if (random.nextInt(3) == 0) {
          commands.add(touch(random, people.get(i), start.plusDays(random.nextInt(700)), false));
        }
        continue;
      }
      boolean quiet = random.nextInt(3) == 0;
      LocalDate stop = quiet ? today.minusDays((long) gap[1] * (2 + random.nextInt(6))) : today;
      LocalDate day = start.plusDays(random.nextInt(gap[1]));
      while (!day.isAfter(stop)) {
        commands.add(touch(random, people.get(i), day, !quiet && day.isAfter(today.minusDays(10))));
        day = day.plusDays(gap[0] + random.nextInt(gap[1] - gap[0] + 1));
      }
    }
    return commands;
  }

  /** Days between touchpoints for a tier, from and to; none for acquaintances. */
  private static int[] gap(Tier tier) {
    return switch (tier) {
      case INNER -> new int[] {5, 12};
      case CLOSE -> new int[] {18, 45};
      case ACTIVE -> new int[] {50, 130};
      case NETWORK -> new int[] {200, 450};
      case ACQUAINTANCE -> null;
    };
  }

  private static TouchpointCommand touch(
      Random random, long person, LocalDate day, boolean promise) {
    Channel[] channels = {
      Channel.PHONE,
      Channel.MEAL,
      Channel.EMAIL,
      Channel.IN_PERSON,
      Channel.LINKEDIN,
      Channel.TEXT,
      Channel.VIDEO,
      Channel.EVENT,
      Channel.LETTER
    };
    Direction[] directions = {
      Direction.MUTUAL, Direction.MUTUAL, Direction.INBOUND, Direction.OUTBOUND
    };
    String summary = SUMMARIES[random.nextInt(SUMMARIES.length)];
    boolean followUp = promise && random.nextInt(3) == 0;
    return new TouchpointCommand(
        day,
        channels[random.nextInt(channels.length)],
        directions[random.nextInt(directions.length)],
        List.of(person),
        summary,
        null,
        followUp ? day.plusDays(7) : null,
        followUp ? "Send the article we talked about" : null);
  }
}

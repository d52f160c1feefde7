package app.rapport.bench;

import java.util.Locale;

/**
 * How big a synthetic network is. S, M and L are the sizes of issue 8 and docs/benchmarks.md; the
 * tests use {@link #tiny()}.
 *
 * @param people people in the network
 * @param touchpoints touchpoints in the log (a touchpoint with several people counts once)
 * @param heavyTouchpoints touchpoints of the one person whose page the benchmark opens
 * @param importRows rows of the LinkedIn {@code Connections.csv} written for the import run
 * @param knowsLinks who-knows-whom links among the people
 */
public record NetworkSize(
    String name,
    int people,
    int touchpoints,
    int heavyTouchpoints,
    int importRows,
    int knowsLinks) {

  public static final NetworkSize S = new NetworkSize("S", 1_000, 10_000, 1_000, 1_000, 5_000);
  public static final NetworkSize M = new NetworkSize("M", 10_000, 100_000, 1_000, 30_000, 50_000);
  public static final NetworkSize L =
      new NetworkSize("L", 100_000, 1_000_000, 1_000, 100_000, 500_000);

  public NetworkSize {
    if (people < 2 || heavyTouchpoints < 1 || touchpoints < heavyTouchpoints) {
      throw new IllegalArgumentException(
          "a network needs two people and at least the heavy person's touchpoints");
    }
  }

  /** A small network for tests: every kind of row, in seconds. */
  public static NetworkSize tiny() {
    return new NetworkSize("tiny", 60, 400, 100, 40, 100);
  }

  public static NetworkSize named(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "S" -> S;
      case "M" -> M;
      case "L" -> L;
      case "TINY" -> tiny();
      default -> throw new IllegalArgumentException("sizes are S, M and L, not " + name);
    };
  }

  /** Organisations: about one for every twenty people, and never fewer than a dozen. */
  public int organizations() {
    return Math.max(12, people / 20);
  }
}

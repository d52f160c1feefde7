package app.rapport.model;

/**
 * How close a person is kept, after Dunbar's layers of a social network. The keep-in-touch model
 * gives each tier its cadence; an acquaintance has none and is never nudged.
 */
public enum Tier {
  INNER("Inner circle", "the handful of people you talk to every week"),
  CLOSE("Close", "people you talk to about once a month"),
  ACTIVE("Active", "people you talk to a few times a year"),
  NETWORK("Network", "people you keep up with about once a year"),
  ACQUAINTANCE("Acquaintance", "people you know, without a regular rhythm");

  private final String label;
  private final String description;

  Tier(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /**
   * Whether the tier is part of the user's inner 15, Dunbar's two innermost layers (about 5 and 15
   * people). What they know largely overlaps with what the user knows, which is why the Ready-10
   * counts at most three of them.
   */
  public boolean isInnerCircle() {
    return this == INNER || this == CLOSE;
  }

  /** The tier named by text such as "close" or "CLOSE", or null when it names none. */
  public static Tier parse(String text) {
    if (text == null) {
      return null;
    }
    for (Tier tier : values()) {
      if (tier.name().equalsIgnoreCase(text.trim())) {
        return tier;
      }
    }
    return null;
  }
}

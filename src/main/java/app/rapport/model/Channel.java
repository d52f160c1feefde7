package app.rapport.model;

/**
 * How a touchpoint happened. Each channel has a depth, the intimacy weight of §9.2 in {@code
 * reference/science.md} (Gilbert &amp; Karahalios 2009): meeting in person counts more than a call,
 * a call more than a message.
 */
public enum Channel {
  EMAIL("Email", 0.4),
  PHONE("Phone call", 0.8),
  VIDEO("Video call", 0.8),
  IN_PERSON("In person", 1.0),
  MEAL("Meal or coffee", 1.0),
  EVENT("Event", 1.0),
  LINKEDIN("LinkedIn message", 0.5),
  TEXT("Text message", 0.5),
  LETTER("Letter or card", 0.5),
  SOCIAL("Social media", 0.1),
  OTHER("Other", 0.5);

  private final String label;
  private final double depth;

  Channel(String label, double depth) {
    this.label = label;
    this.depth = depth;
  }

  public String label() {
    return label;
  }

  /** The intimacy weight of a contact on this channel, 0..1. */
  public double depth() {
    return depth;
  }
}

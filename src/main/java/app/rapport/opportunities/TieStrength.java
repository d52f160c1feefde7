package app.rapport.opportunities;

/**
 * How strong the user's tie was to the person who brought an opportunity, from closeness S (§9.2)
 * when it was recorded. The bands are a calibration: one recent coffee with someone new gives about
 * 0.55 (moderate); years of regular calls give 0.7 and more (close); a name with no contact logged
 * stays under 0.3 (weak). Granovetter found most job information came through ties seen
 * "occasionally or rarely": these bands let the user see whether theirs did too.
 */
public enum TieStrength {
  CLOSE("Close ties", 0.6),
  MODERATE("Moderate ties", 0.3),
  WEAK("Weak ties", 0);

  private final String label;
  private final double from;

  TieStrength(String label, double from) {
    this.label = label;
    this.from = from;
  }

  public String label() {
    return label;
  }

  /** The lowest closeness of the band. */
  public double from() {
    return from;
  }

  public static TieStrength of(double closeness) {
    for (TieStrength band : values()) {
      if (closeness >= band.from) {
        return band;
      }
    }
    return WEAK;
  }
}

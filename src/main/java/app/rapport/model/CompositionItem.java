package app.rapport.model;

/**
 * One line of the Ready-10 composition checklist (§9.6), a calibration: a good ten mixes weak and
 * strong ties, revived dormant ties and, for a career changer, people already in the new field.
 *
 * @param code stable machine code, for example {@code STRONG_ADVOCATES}
 * @param label the line in plain words
 * @param count how many of the counted people fit
 * @param target how many the checklist asks for
 */
public record CompositionItem(String code, String label, int count, int target) {

  public boolean met() {
    return count >= target;
  }
}

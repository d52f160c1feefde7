package app.rapport.contacts;

/**
 * A person's notes and how the user met them, as one text for formats that have a single notes
 * field (vCard's NOTE, Google's "Notes"), and back. Rapport's exports write how they met as a last
 * paragraph, "How we met: ...", after the notes; an import reads that paragraph back into its own
 * field, so that a file exported and imported again changes nobody, and a backup made as vCards
 * keeps the two apart.
 */
public final class ContactNotes {

  static final String HOW_WE_MET = "How we met: ";
  private static final String PARAGRAPH = "\n\n";

  /** What was in one notes field: the notes, and how they met, each null when absent. */
  public record Read(String notes, String howWeMet) {}

  private ContactNotes() {}

  /** The one text for a notes field; null when there is neither. */
  public static String written(String notes, String howWeMet) {
    if (howWeMet == null) {
      return notes;
    }
    String met = HOW_WE_MET + howWeMet;
    return notes == null ? met : notes + PARAGRAPH + met;
  }

  /**
   * A notes field read back: a last paragraph that begins "How we met: " is how they met, the rest
   * the notes. Text without such a paragraph is all notes.
   */
  public static Read read(String text) {
    if (text == null || !text.contains(HOW_WE_MET)) {
      return new Read(text, null);
    }
    String plain = text.replace("\r\n", "\n");
    int start;
    if (plain.startsWith(HOW_WE_MET)) {
      start = 0;
    } else {
      int paragraph = plain.lastIndexOf(PARAGRAPH + HOW_WE_MET);
      if (paragraph < 0) {
        return new Read(text, null);
      }
      start = paragraph + PARAGRAPH.length();
    }
    String met = plain.substring(start + HOW_WE_MET.length());
    if (met.isBlank()) {
      return new Read(text, null);
    }
    String notes = start == 0 ? null : plain.substring(0, start - PARAGRAPH.length());
    return new Read(notes == null || notes.isBlank() ? null : notes, met);
  }
}

package app.rapport.backup;

/**
 * One feature's part of a backup. Each feature that keeps data implements this as a Spring bean in
 * its own package, writing and restoring only its own tables; {@link BackupService} collects them
 * all, so a new feature adds its section without changing anything here.
 *
 * <p>A section is a JSON array of items, written by {@link #write} one item at a time and read back
 * by {@link #restore} a batch at a time, so that neither needs the whole account in memory. Items
 * are plain records serialised by Jackson: ids as the 13-character strings the API shows, dates as
 * ISO text.
 *
 * <p>Compatibility: a section's {@link #name()} never changes once released. A newer Rapport reads
 * older backups (a section missing from the file restores nothing; a field missing from an item is
 * null), and an older Rapport restoring a newer backup leaves out the sections it does not know,
 * saying so. Incompatible changes raise {@link BackupService#VERSION}.
 */
public interface BackupSection {

  /** The section's name in the file, such as {@code "contacts"}. */
  String name();

  /**
   * When the section is restored, lowest first, and so where it is written: what others refer to
   * comes before them (organisations 10, people 20, touchpoints 30, follow-ups and keep-in-touch
   * choices 50, the search profile 60). Leave gaps for sections in between.
   */
  int order();

  /** Whether the account holds any of this section's data; a backup is restored only into none. */
  boolean hasData(long account);

  /** Writes every item of the account, one at a time. */
  void write(long account, BackupWriter out);

  /** Restores the section's items into the account, inside the restoring transaction. */
  void restore(long account, BackupReader in);
}

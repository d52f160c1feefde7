package app.rapport.contacts;

/**
 * A person found by one of the keys imports match on (LinkedIn profile, email address, E.164 phone
 * number, the UID of Rapport's exports, the row hash), with what decides how an import treats them.
 *
 * @param deleted whether the user deleted them (an import does not bring them back)
 * @param mergedInto the person they were merged into, whom an import should update instead
 * @param importBatch the import that added them, if one did
 */
public record KnownContact(long id, boolean deleted, Long mergedInto, Long importBatch) {

  /** The person to update: the one this one was merged into, if any. */
  public long target() {
    return mergedInto != null ? mergedInto : id;
  }
}

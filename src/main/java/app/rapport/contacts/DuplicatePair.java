package app.rapport.contacts;

/** Two people who may be the same person, the older first, and the strongest reason to think so. */
public record DuplicatePair(ContactSummary first, ContactSummary second, DuplicateReason reason) {}

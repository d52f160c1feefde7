package app.rapport.contacts;

/**
 * A person an import adds, with the id the import gave them so that it can refer to them.
 *
 * @param rowKey for a person with no key to match on, {@link ContactService#rowKey} of the row they
 *     came from; otherwise null
 */
public record NewContact(long id, ContactCommand command, String rowKey) {}

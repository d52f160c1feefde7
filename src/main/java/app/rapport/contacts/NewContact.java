package app.rapport.contacts;

/** A person an import adds, with the id the import gave them so that it can refer to them. */
public record NewContact(long id, ContactCommand command) {}

package app.rapport.introductions;

import app.rapport.platform.Text;

/**
 * A person as a form or an API call names them: the id of someone in Rapport, or a name (and,
 * optionally, where they work) for someone who may be new. A name that matches exactly one person
 * is that person; one that matches nobody adds a new person; one that matches several is refused
 * until the user chooses. {@code addNew} adds a new person even when the name matches someone.
 * {@code askIfSimilar} (forms) also refuses a name that matches nobody exactly while others come
 * close ("Aisha" when there is an Aisha García), until the user chooses one or says it is someone
 * new: a first name or a typo is not quietly made into a new person.
 */
public record PersonInput(
    Long contactId, String fullName, String company, boolean addNew, boolean askIfSimilar) {

  public PersonInput {
    fullName = Text.trimToNull(fullName);
    company = Text.trimToNull(company);
  }

  /** A person named without asking about similar names (the API, where names are exact). */
  public PersonInput(Long contactId, String fullName, String company, boolean addNew) {
    this(contactId, fullName, company, addNew, false);
  }

  public static PersonInput of(long contactId) {
    return new PersonInput(contactId, null, null, false);
  }

  public static PersonInput named(String fullName, String company) {
    return new PersonInput(null, fullName, company, false);
  }

  public boolean isEmpty() {
    return contactId == null && fullName == null;
  }
}

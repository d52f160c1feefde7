package app.rapport.imports.read;

/** The kinds of file Rapport can import, each recognised by what is inside it. */
public enum ImportFormat {
  LINKEDIN_EXPORT_ZIP("LinkedIn data export (zip)"),
  LINKEDIN_CONNECTIONS("LinkedIn connections (Connections.csv)"),
  LINKEDIN_MESSAGES("LinkedIn messages (messages.csv)"),
  LINKEDIN_INVITATIONS("LinkedIn invitations (Invitations.csv)"),
  VCARD("Address book cards (vCard)"),
  GOOGLE_CSV("Google Contacts spreadsheet (CSV)"),
  OUTLOOK_CSV("Outlook contacts spreadsheet (CSV)"),
  GENERIC_CSV("Spreadsheet of contacts (CSV)");

  private final String label;

  ImportFormat(String label) {
    this.label = label;
  }

  /** What the file is, in words a person recognises. */
  public String label() {
    return label;
  }

  /** Whether the file is a table whose columns the user may map by hand. */
  public boolean isCsv() {
    return this != LINKEDIN_EXPORT_ZIP && this != VCARD;
  }

  /** Whether the file holds people, as opposed to messages or invitations only. */
  public boolean holdsPeople() {
    return this != LINKEDIN_MESSAGES && this != LINKEDIN_INVITATIONS;
  }
}

package app.rapport.keepintouch;

/** A person the plan might suggest: their relationship and what the plan says about them. */
record PlanCandidate(
    Relationship relationship,
    String fullName,
    String title,
    String organization,
    app.rapport.profile.PersonFacts facts,
    String howWeMet,
    boolean knowsGoal,
    boolean doNotContact) {

  /** "Finance Director, Contoso Health": what tells the person apart in a list. */
  String detail() {
    if (organization == null) {
      return title;
    }
    return title == null ? organization : title + ", " + organization;
  }

  String firstName() {
    int space = fullName.indexOf(' ');
    return space > 0 ? fullName.substring(0, space) : fullName;
  }
}

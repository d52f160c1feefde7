package app.rapport.profile;

/**
 * What relevance to the user's search is judged on: where a person works, in what industry and
 * role, and whether their organisation is one the user marked as a target.
 */
public record PersonFacts(
    String industry, String title, String organization, boolean organizationIsTarget) {}

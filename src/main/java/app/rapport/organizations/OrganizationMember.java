package app.rapport.organizations;

/** Someone who works at an organisation, as its page lists them. */
public record OrganizationMember(long contactId, String fullName, String title) {}

package app.rapport.organizations.web;

import app.rapport.organizations.OrganizationCommand;

/** The body of {@code POST /api/v1/organizations}, and what {@code PATCH} merges into. */
public record OrganizationInput(
    String name, String website, String industry, Boolean target, String notes, Integer version) {

  OrganizationCommand toCommand() {
    return new OrganizationCommand(name, website, industry, Boolean.TRUE.equals(target), notes);
  }
}

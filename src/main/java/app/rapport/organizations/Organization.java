package app.rapport.organizations;

import java.time.Instant;

/** A company, school or association: where people work, and perhaps where the user wants to. */
public record Organization(
    long id,
    String name,
    String website,
    String industry,
    boolean target,
    String notes,
    long peopleCount,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public OrganizationCommand toCommand() {
    return new OrganizationCommand(name, website, industry, target, notes);
  }
}

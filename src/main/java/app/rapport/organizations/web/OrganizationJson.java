package app.rapport.organizations.web;

import app.rapport.organizations.Organization;
import app.rapport.platform.db.Ids;
import java.time.Instant;

/** An organisation as the JSON API shows it. */
public record OrganizationJson(
    String id,
    String name,
    String website,
    String industry,
    boolean target,
    String notes,
    long peopleCount,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  static OrganizationJson of(Organization o) {
    return new OrganizationJson(
        Ids.format(o.id()),
        o.name(),
        o.website(),
        o.industry(),
        o.target(),
        o.notes(),
        o.peopleCount(),
        o.version(),
        o.createdAt(),
        o.updatedAt());
  }
}

package app.rapport.contacts;

import app.rapport.model.Tier;
import java.util.List;

/** A person as one row of a list shows them. */
public record ContactSummary(
    long id,
    String fullName,
    Long organizationId,
    String company,
    String title,
    Tier tier,
    String primaryEmail,
    List<String> tags) {}

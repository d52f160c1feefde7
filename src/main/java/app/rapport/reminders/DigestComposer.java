package app.rapport.reminders;

import app.rapport.platform.web.Dates;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes the weekly email from its parts ({@link DigestSectionSource}s, in their order): a plain
 * text body that reads well in any mail program, and an HTML body with the same words.
 */
@Component
class DigestComposer {

  private final List<DigestSectionSource> sources;
  private final TemplateEngine templates;
  private final Links links;

  DigestComposer(List<DigestSectionSource> sources, TemplateEngine templates, Links links) {
    this.sources = sources;
    this.templates = templates;
    this.links = links;
  }

  Digest compose(long account, LocalDate today, String unsubscribeUrl) {
    List<DigestSection> sections =
        sources.stream()
            .map(source -> source.section(account, today))
            .flatMap(Optional::stream)
            .toList();
    DigestEmailView view =
        new DigestEmailView(
            subject(sections),
            "Week of " + Dates.shortWritten(today),
            sections.stream().map(this::section).toList(),
            links.to("/today"),
            links.to("/settings#email"),
            unsubscribeUrl);
    return new Digest(view.subject(), text(view), html(view));
  }

  private static String subject(List<DigestSection> sections) {
    int people = sections.isEmpty() ? 0 : sections.get(0).items().size();
    return switch (people) {
      case 0 -> "Your week in Rapport: nobody needs you this week";
      case 1 -> "Your week in Rapport: 1 person to reach out to";
      default -> "Your week in Rapport: " + people + " people to reach out to";
    };
  }

  private DigestEmailView.Section section(DigestSection s) {
    return new DigestEmailView.Section(
        s.heading(),
        s.introduction(),
        s.items().stream()
            .map(
                i ->
                    new DigestEmailView.Item(
                        i.headline(), i.reason(), i.opener(), links.to(i.path())))
            .toList(),
        s.linkText(),
        links.to(s.linkPath()));
  }

  private static String text(DigestEmailView view) {
    StringBuilder out = new StringBuilder();
    out.append(view.subject()).append("\n").append(view.dateLine()).append("\n");
    for (DigestEmailView.Section s : view.sections()) {
      out.append("\n").append(s.heading().toUpperCase(java.util.Locale.ROOT)).append("\n");
      out.append(s.introduction()).append("\n");
      for (DigestEmailView.Item i : s.items()) {
        out.append("\n* ").append(i.headline()).append("\n");
        out.append("  ").append(i.reason()).append("\n");
        if (i.opener() != null) {
          out.append("  You could start: \"").append(i.opener()).append("\"\n");
        }
        out.append("  ").append(i.url()).append("\n");
      }
      out.append("\n").append(s.linkText()).append(": ").append(s.linkUrl()).append("\n");
    }
    out.append("\n-- \n");
    out.append("Rapport sends this email once a week because you asked it to.\n");
    out.append("Change the day or the address: ").append(view.settingsUrl()).append("\n");
    out.append("Stop these emails: ").append(view.unsubscribeUrl()).append("\n");
    return out.toString();
  }

  private String html(DigestEmailView view) {
    StringOutput output = new StringOutput();
    templates.render("reminders/digest-email.jte", Map.of("email", view), output);
    return output.toString();
  }
}

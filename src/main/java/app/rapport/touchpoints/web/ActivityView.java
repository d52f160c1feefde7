package app.rapport.touchpoints.web;

import app.rapport.model.Channel;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.FormErrors;
import app.rapport.touchpoints.ActivityFilter;
import app.rapport.touchpoints.Touchpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The all-activity view: the filter as typed, its problems, and one page of touchpoints. */
public record ActivityView(
    ActivityFilter filter,
    String fromText,
    String toText,
    FormErrors errors,
    PageResult<Touchpoint> page,
    LocalDate today) {

  public List<Channel> channels() {
    return List.of(Channel.values());
  }

  public String id(Touchpoint t) {
    return Ids.format(t.id());
  }

  public String personLink(Touchpoint.Participant p) {
    return "/people/" + Ids.format(p.contactId());
  }

  public String pageLink(int number) {
    StringBuilder url = new StringBuilder("/activity?page=").append(number);
    append(url, "from", fromText);
    append(url, "to", toText);
    append(url, "channel", filter.channel() == null ? null : filter.channel().name());
    append(url, "tag", filter.tag());
    return url.toString();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}

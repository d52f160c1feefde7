package app.rapport.introductions;

import java.time.LocalDate;
import java.util.List;

/**
 * "They mentioned names": after a conversation, the one to three people someone said the user
 * should talk to, each kept as an offered introduction (science.md §9.8: these become
 * one-intermediary paths).
 *
 * @param introducer who mentioned the names
 * @param touchpointId the conversation they were mentioned in, if any
 * @param occurredOn when
 * @param names the people mentioned, in the order given; empty rows are ignored
 */
public record MentionedNamesCommand(
    PersonInput introducer, Long touchpointId, LocalDate occurredOn, List<MentionedName> names) {

  public MentionedNamesCommand {
    names = names == null ? List.of() : List.copyOf(names);
  }

  /** One person mentioned, and why they are worth talking to. */
  public record MentionedName(PersonInput person, String context) {}
}

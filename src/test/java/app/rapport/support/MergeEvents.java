package app.rapport.support;

import app.rapport.contacts.ContactService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/**
 * Stands for the features that follow merges without the contacts feature knowing them
 * (introductions, opportunities): it hears every merge and its undo, and records a row it "moved",
 * as such a feature would.
 */
public class MergeEvents {

  public static final String FEATURE = "introductions";

  public final List<ContactService.ContactsMerged> merged = new CopyOnWriteArrayList<>();
  public final List<ContactService.ContactsUnmerged> unmerged = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ContactService.ContactsMerged event) {
    merged.add(event);
    event.log().record(FEATURE, List.of(event.mergedAwayId()));
  }

  @EventListener
  void on(ContactService.ContactsUnmerged event) {
    unmerged.add(event);
  }
}

package app.rapport.contacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each feature moved from the merged-away person to the kept one, by row id, so that undoing
 * the merge moves exactly those rows back. A feature that listens to {@link
 * ContactService.ContactsMerged} records its rows under a name of its own ("touchpoints",
 * "introductions") and reads them back from {@link ContactService.ContactsUnmerged}.
 */
public final class MergeLog {

  private final Map<String, List<Long>> moved;

  public MergeLog() {
    this(new LinkedHashMap<>());
  }

  MergeLog(Map<String, List<Long>> moved) {
    this.moved = new LinkedHashMap<>();
    moved.forEach((key, ids) -> this.moved.put(key, new ArrayList<>(ids)));
  }

  public void record(String what, Collection<Long> ids) {
    if (!ids.isEmpty()) {
      moved.computeIfAbsent(what, k -> new ArrayList<>()).addAll(ids);
    }
  }

  public List<Long> get(String what) {
    return List.copyOf(moved.getOrDefault(what, List.of()));
  }

  Map<String, List<Long>> asMap() {
    return moved;
  }
}

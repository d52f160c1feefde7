package app.rapport.imports.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A header record, looked up by column name without regard to case, spaces or quotes. */
final class CsvHeader {

  private final List<String> names;
  private final int row;
  private final Map<String, Integer> index = new HashMap<>();

  CsvHeader(List<String> names, int row) {
    this.names = names.stream().map(name -> name == null ? "" : cleanName(name)).toList();
    this.row = row;
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(Text.headerKey(names.get(i)), i);
    }
  }

  private static String cleanName(String name) {
    String cleaned = Text.clean(name);
    if (cleaned == null) {
      return "";
    }
    if (cleaned.length() >= 2 && cleaned.startsWith("\"") && cleaned.endsWith("\"")) {
      cleaned = cleaned.substring(1, cleaned.length() - 1).strip();
    }
    return cleaned;
  }

  List<String> names() {
    return names;
  }

  /** The header's own spreadsheet row number. */
  int row() {
    return row;
  }

  Set<String> keys() {
    return index.keySet();
  }

  /** The index of the first of these columns present, or -1. */
  int indexOf(String... candidates) {
    for (String candidate : candidates) {
      Integer at = index.get(Text.headerKey(candidate));
      if (at != null) {
        return at;
      }
    }
    return -1;
  }

  boolean has(String name) {
    return index.containsKey(Text.headerKey(name));
  }
}

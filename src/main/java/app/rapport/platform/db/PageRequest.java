package app.rapport.platform.db;

/**
 * Which slice of a list to show. Lists are never unbounded: the size is capped so that no page or
 * API call can ask for everything at once.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 50;

  public PageRequest {
    page = Math.max(0, page);
    size = Math.max(1, Math.min(MAX_SIZE, size));
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public long offset() {
    return (long) page * size;
  }
}

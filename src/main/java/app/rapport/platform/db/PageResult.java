package app.rapport.platform.db;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a list, with what a pager needs. Serialised as the API's list shape. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

  public static <T> PageResult<T> of(List<T> items, PageRequest request, long total) {
    return new PageResult<>(List.copyOf(items), request.page(), request.size(), total);
  }

  /**
   * A page whose total is counted only when the page cannot tell it: a page with room left is the
   * last, so the total is the items before it and on it, and the count is not run. A full page, or
   * an empty one after the first, needs the count.
   */
  public static <T> PageResult<T> of(List<T> items, PageRequest request, LongSupplier count) {
    boolean last = items.size() < request.size() && (!items.isEmpty() || request.page() == 0);
    return of(items, request, last ? request.offset() + items.size() : count.getAsLong());
  }

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public long firstNumber() {
    return items.isEmpty() ? 0 : (long) page * size + 1;
  }

  public long lastNumber() {
    return (long) page * size + items.size();
  }
}

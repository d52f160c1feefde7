package app.rapport.imports.read;

import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a file one item at a time, so that memory stays flat however long the file is. Problems
 * with single rows go to the {@link #report()}; nothing is ever thrown for a bad file: reading
 * stops and the report's {@link ReadReport#failure()} says why.
 *
 * <p>Close it when done; reading to the end closes the file too.
 */
public interface ImportReader<T> extends AutoCloseable {

  /** The next item, or empty at the end of the file or once reading has stopped on a failure. */
  Optional<T> next();

  /** What has been met so far; complete once {@link #next()} has returned empty. */
  ReadReport report();

  @Override
  void close();

  /** The remaining items as a lazy stream; closing the stream closes the reader. */
  default Stream<T> stream() {
    Spliterator<T> items =
        new Spliterators.AbstractSpliterator<T>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            Optional<T> item = next();
            item.ifPresent(action);
            return item.isPresent();
          }
        };
    return StreamSupport.stream(items, false).onClose(this::close);
  }
}

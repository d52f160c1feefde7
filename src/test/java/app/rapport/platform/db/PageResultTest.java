package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A page with room left is the last, so its total needs no count; any other page gives the count.
 * Checked for every list of up to 60 items, every page size up to 12 and the first nine pages.
 */
class PageResultTest {

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 10_000)
  void theTotalIsTheListsLengthAndIsCountedOnlyWhenThePageCannotTellIt(
      @ForAll @IntRange(min = 0, max = 60) int length,
      @ForAll @IntRange(min = 1, max = 12) int size,
      @ForAll @IntRange(min = 0, max = 8) int page) {
    List<Integer> list = IntStream.range(0, length).boxed().toList();
    PageRequest request = new PageRequest(page, size);
    List<Integer> items =
        list.subList(
            (int) Math.min(length, request.offset()),
            (int) Math.min(length, request.offset() + size));
    AtomicInteger counted = new AtomicInteger();
    LongSupplier count =
        () -> {
          counted.incrementAndGet();
          return length;
        };

    PageResult<Integer> result = PageResult.of(items, request, count);

    assertThat(result.total()).isEqualTo(length);
    assertThat(result.items()).isEqualTo(items);
    boolean roomLeft = items.size() < size && (!items.isEmpty() || page == 0);
    assertThat(counted.get()).isEqualTo(roomLeft ? 0 : 1);
  }
}

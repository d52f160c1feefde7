package app.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PagePartsTest {

  private final PageParts parts = new PageParts();

  @AfterEach
  void stop() {
    RequestContextHolder.resetRequestAttributes();
    parts.destroy();
  }

  @Test
  void aPartIsReadOnAPoolThreadWhileTheCallerGoesOn() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    PageParts.Part<String> part =
        parts.start(
            () -> {
              started.countDown();
              return Thread.currentThread().getName();
            });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(part.join()).startsWith("rapport-page-part-");
  }

  @Test
  void aPartNoPoolThreadHasStartedIsReadByTheCallerInsteadOfWaiting() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(PageParts.THREADS);
    List<PageParts.Part<Void>> blockers = new ArrayList<>();
    for (int i = 0; i < PageParts.THREADS; i++) {
      blockers.add(
          parts.start(
              () -> {
                busy.countDown();
                await(release);
                return null;
              }));
    }
    assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

    PageParts.Part<String> part = parts.start(() -> Thread.currentThread().getName());

    assertThat(part.join()).isEqualTo(Thread.currentThread().getName());
    release.countDown();
    blockers.forEach(PageParts.Part::join);
  }

  @Test
  void aPartOfAPartIsReadByThePartsOwnThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    PageParts.Part<List<String>> outer =
        parts.start(
            () -> {
              started.countDown();
              CountDownLatch innerRan = new CountDownLatch(1);
              PageParts.Part<String> inner =
                  parts.start(
                      () -> {
                        innerRan.countDown();
                        return Thread.currentThread().getName();
                      });
              // time enough for an idle pool thread to take the inner part, were it queued
              boolean ranBeforeJoin = await(innerRan, 300);
              return List.of(
                  Thread.currentThread().getName(), inner.join(), String.valueOf(ranBeforeJoin));
            });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    List<String> threads = outer.join();
    assertThat(threads.get(0)).startsWith("rapport-page-part-");
    assertThat(threads.get(1)).isEqualTo(threads.get(0));
    assertThat(threads.get(2)).isEqualTo("false");
  }

  @Test
  void aPartStartedInsideATransactionIsReadByTheCallerSoItSeesTheTransactionsWrites() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      PageParts.Part<String> part = parts.start(() -> Thread.currentThread().getName());
      assertThat(part.join()).isEqualTo(Thread.currentThread().getName());
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
  }

  @Test
  void onceThePoolHasStoppedAPartIsReadByTheCaller() {
    parts.destroy();
    PageParts.Part<String> part = parts.start(() -> Thread.currentThread().getName());
    assertThat(part.join()).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void whatAPartThrowsIsThrownByJoinAsItIs() {
    IllegalArgumentException problem = new IllegalArgumentException("no such person");
    PageParts.Part<String> part =
        parts.start(
            () -> {
              throw problem;
            });
    assertThatThrownBy(part::join).isSameAs(problem);
  }

  @Test
  void theCpuAPartUsesOnAPoolThreadCountsForTheRequest() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest();
    LongAdder helperCpu = new LongAdder();
    request.setAttribute(ServerTimingFilter.HELPER_CPU, helperCpu);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    CountDownLatch started = new CountDownLatch(1);

    PageParts.Part<Long> part =
        parts.start(
            () -> {
              started.countDown();
              return burn(TimeUnit.MILLISECONDS.toNanos(5));
            });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    long used = part.join();

    assertThat(helperCpu.sum()).isGreaterThanOrEqualTo(used).isPositive();
  }

  /** Spins until this thread has used at least {@code nanos} of CPU; answers how much it used. */
  private static long burn(long nanos) {
    var threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long used = 0;
    while (used < nanos) {
      used = threads.getCurrentThreadCpuTime() - start;
    }
    return used;
  }

  private static boolean await(CountDownLatch latch, long millis) {
    try {
      return latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

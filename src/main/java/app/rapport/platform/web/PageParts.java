package app.rapport.platform.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads the independent parts of one page at the same time, so that the page takes about as long as
 * its slowest part rather than the sum of them all (the home page: the Ready-10, the week's plan
 * and the charts). Each part runs on a small shared pool, on a database connection of its own.
 *
 * <p>A part never waits for the pool: {@link Part#join()} runs a part that no pool thread has
 * started yet on the caller's own thread, so a busy pool makes a page no slower than reading its
 * parts one after the other, and can never leave it waiting. What the parts compute must not depend
 * on the caller's thread: they take the account as an argument. Parts only read.
 *
 * <p>A part started by a part (the week's plan, read side by side on its own page, is a part of the
 * home page) is read by the part's own thread when joined: the pool is for a page's parts, and
 * parts of parts would only queue behind them (docs/benchmarks.md, finding 24). So is a part
 * started inside a transaction, so that it reads what the transaction has written: the weekly email
 * puts the week's plan together in one.
 *
 * <p>The CPU time a part uses on a pool thread is added to the request's, so that {@code
 * Server-Timing}'s {@code cpu} still says what the whole page cost.
 */
@Component
public class PageParts implements DisposableBean {

  /** Threads at most; idle ones end after a minute. */
  static final int THREADS = 4;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final ThreadPoolExecutor pool;
  private final ThreadGroup group = new ThreadGroup("rapport-page-parts");

  public PageParts() {
    AtomicInteger count = new AtomicInteger();
    pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread =
                  new Thread(group, runnable, "rapport-page-part-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /** Starts reading a part; {@link Part#join()} waits for it, or reads it there and then. */
  public <T> Part<T> start(Supplier<T> work) {
    Thread caller = Thread.currentThread();
    LongAdder requestCpu = requestCpu();
    FutureTask<T> task =
        new FutureTask<>(
            () -> {
              if (Thread.currentThread() == caller || requestCpu == null) {
                return work.get();
              }
              long before = threadCpu();
              try {
                return work.get();
              } finally {
                long after = threadCpu();
                if (before >= 0 && after >= before) {
                  requestCpu.add(after - before);
                }
              }
            });
    if (caller.getThreadGroup() == group
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return new Part<>(task); // join() reads it on this thread
    }
    try {
      pool.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // the app is shutting down: join() reads the part on the caller's thread
    }
    return new Part<>(task);
  }

  /** A part of a page being read. */
  public static final class Part<T> {

    private final FutureTask<T> task;

    private Part(FutureTask<T> task) {
      this.task = task;
    }

    /** The part, read on this thread if no pool thread has started it yet; its errors rethrown. */
    public T join() {
      task.run(); // does nothing if a pool thread has started or finished it
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while reading a part of the page", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** The CPU time the current request's helper threads have used, when there is a request. */
  private static LongAdder requestCpu() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes == null
        ? null
        : (LongAdder)
            attributes.getAttribute(ServerTimingFilter.HELPER_CPU, RequestAttributes.SCOPE_REQUEST);
  }

  private static long threadCpu() {
    return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}

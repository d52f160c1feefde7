package app.rapport.imports;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs imports one at a time in the background (one database writer at a time is what SQLite allows
 * anyway), and knows how far the running ones have got for the progress bar.
 */
@Component
class ImportJobs implements DisposableBean {

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "rapport-import");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<Long, CompletableFuture<Void>> jobs = new ConcurrentHashMap<>();
  private final Map<Long, ImportTally> tallies = new ConcurrentHashMap<>();

  void submit(long batch, ImportTally tally, Runnable job) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    tallies.put(batch, tally);
    jobs.put(batch, done);
    executor.execute(
        () -> {
          try {
            job.run();
          } finally {
            tallies.remove(batch);
            jobs.remove(batch);
            done.complete(null);
          }
        });
  }

  Optional<ImportProgress> progress(long batch) {
    ImportTally tally = tallies.get(batch);
    return tally == null ? Optional.empty() : Optional.of(tally.progress());
  }

  /** Waits for a job to end, at most {@code max}; answers whether it has. */
  boolean await(long batch, Duration max) {
    CompletableFuture<Void> job = jobs.get(batch);
    if (job == null) {
      return true;
    }
    try {
      job.get(max.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}

package app.rapport.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says on every response how long the server spent on it, as {@code Server-Timing: app;dur=1.23,
 * cpu;dur=0.80} (milliseconds): the time from receiving the request to sending the response, and
 * the CPU time the request's thread used in between (work of its own and of SQLite, which runs in
 * the same thread; not PostgreSQL's, which runs in another process), with that of the parts of the
 * page read on other threads ({@link PageParts}). The browser's developer tools show it beside the
 * network time, and the benchmark suite reads it to report the server's own percentiles, free of
 * the client's noise; on a busy machine the CPU time shows the work itself, without the waits for a
 * core.
 *
 * <p>A header has to be written before the response is committed, so the time is taken at the
 * moment the response is about to leave (its buffer is full or flushed, or a redirect or error is
 * sent), or when the request is done if nothing was sent before. The response buffer is made large
 * enough ({@link #BUFFER_BYTES}) for the whole of any page, so that moment is the end of the work;
 * a larger response reports the time until its first {@link #BUFFER_BYTES} were ready.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServerTimingFilter extends OncePerRequestFilter {

  public static final String HEADER = "Server-Timing";

  /**
   * The request attribute (a {@link java.util.concurrent.atomic.LongAdder}) where the CPU time the
   * request's parts used on other threads ({@link PageParts}) is added up.
   */
  static final String HELPER_CPU = ServerTimingFilter.class.getName() + ".helperCpu";

  /** Tomcat keeps buffers up to 16 times its 8 KB default between requests, so this is reused. */
  static final int BUFFER_BYTES = 128 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    if (response.getBufferSize() < BUFFER_BYTES) {
      response.setBufferSize(BUFFER_BYTES);
    }
    LongAdder helperCpu = new LongAdder();
    request.setAttribute(HELPER_CPU, helperCpu);
    TimedResponse timed = new TimedResponse(response, start, cpuStart, helperCpu);
    try {
      chain.doFilter(request, timed);
    } finally {
      timed.stamp();
    }
  }

  static String value(long nanos, long cpuNanos) {
    StringBuilder value = milliseconds(new StringBuilder(40).append("app;dur="), nanos);
    return cpuNanos < 0
        ? value.toString()
        : milliseconds(value.append(", cpu;dur="), cpuNanos).toString();
  }

  /**
   * Nanoseconds as milliseconds with three decimals, rounded half up ({@code 1.235}): written by
   * hand, since {@code String.format} was a few per cent of a short request's time.
   */
  private static StringBuilder milliseconds(StringBuilder to, long nanos) {
    long micros = (Math.max(0, nanos) + 500) / 1000;
    long fraction = micros % 1000;
    to.append(micros / 1000).append('.');
    if (fraction < 100) {
      to.append('0');
    }
    if (fraction < 10) {
      to.append('0');
    }
    return to.append(fraction);
  }

  /** The current thread's CPU time, or -1 where the JVM cannot tell. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final class TimedResponse extends OnCommittedResponseWrapper {

    private final HttpServletResponse response;
    private final long start;
    private final long cpuStart;
    private final LongAdder helperCpu;
    private boolean stamped;

    TimedResponse(HttpServletResponse response, long start, long cpuStart, LongAdder helperCpu) {
      super(response);
      this.response = response;
      this.start = start;
      this.cpuStart = cpuStart;
      this.helperCpu = helperCpu;
    }

    @Override
    protected void onResponseCommitted() {
      stamp();
    }

    void stamp() {
      if (!stamped && !response.isCommitted()) {
        long cpu = cpuStart < 0 ? -1 : Math.max(0, cpuNanos() - cpuStart) + helperCpu.sum();
        response.setHeader(HEADER, value(System.nanoTime() - start, cpu));
      }
      stamped = true;
    }
  }
}

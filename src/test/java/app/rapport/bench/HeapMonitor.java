package app.rapport.bench;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Watches the app's heap from outside. It attaches to the app's JVM (the JDK's Attach API, no
 * option on the app's command line), starts the JVM's local JMX agent and reads the platform memory
 * beans: the heap in use every 100 ms (its maximum is {@code heap_max_mb}: garbage not yet
 * collected included, so it is the most the heap held, not the live set), each heap pool's peak as
 * the JVM itself recorded it, and the heap left after the last collection (the live set).
 */
final class HeapMonitor implements AutoCloseable {

  private static final double MB = 1024.0 * 1024.0;

  private final JMXConnector connector;
  private final MemoryMXBean memory;
  private final List<MemoryPoolMXBean> pools;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long maxUsed;
  private volatile long maxAfterGc;
  private volatile long committed;
  private volatile long limit;
  private volatile int samples;

  private HeapMonitor(JMXConnector connector) throws Exception {
    this.connector = connector;
    MBeanServerConnection server = connector.getMBeanServerConnection();
    this.memory =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    this.pools =
        ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    this.sampler = new Thread(this::sample, "heap-monitor");
    this.sampler.setDaemon(true);
    this.sampler.start();
  }

  static HeapMonitor attach(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    return new HeapMonitor(JMXConnectorFactory.connect(new JMXServiceURL(address)));
  }

  private void sample() {
    while (running) {
      try {
        var heap = memory.getHeapMemoryUsage();
        maxUsed = Math.max(maxUsed, heap.getUsed());
        committed = Math.max(committed, heap.getCommitted());
        limit = heap.getMax();
        long afterGc = 0;
        for (MemoryPoolMXBean pool : pools) {
          var usage = pool.getCollectionUsage();
          afterGc += usage == null ? 0 : usage.getUsed();
        }
        maxAfterGc = Math.max(maxAfterGc, afterGc);
        samples++;
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        // the app is stopping: keep what was seen
        return;
      }
    }
  }

  double maxUsedMb() {
    return maxUsed / MB;
  }

  Map<String, Object> toJson() {
    long peaks = 0;
    try {
      for (MemoryPoolMXBean pool : pools) {
        peaks += pool.getPeakUsage().getUsed();
      }
    } catch (Exception e) {
      peaks = -1;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("max_used_mb", LoadDriver.round(maxUsed / MB));
    json.put("pool_peaks_sum_mb", peaks < 0 ? null : LoadDriver.round(peaks / MB));
    json.put("max_live_after_gc_mb", LoadDriver.round(maxAfterGc / MB));
    json.put("max_committed_mb", LoadDriver.round(committed / MB));
    json.put("limit_mb", LoadDriver.round(limit / MB));
    json.put("samples", samples);
    json.put("method", "Attach API + JMX MemoryMXBean, sampled every 100 ms");
    return json;
  }

  @Override
  public void close() throws Exception {
    running = false;
    sampler.interrupt();
    sampler.join(1_000);
    connector.close();
  }
}

package org.hotline.adapters.trace.ipdata;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * The heap the loaded IP data holds (used heap after full collections, before and after loading it) and the time a
 * load takes, in wall-clock time and in CPU time of the loading thread (which a busy machine does not inflate).
 *
 *   java -cp benchmarks/target/benchmarks.jar org.hotline.adapters.trace.ipdata.IpDataFootprint
 */
public final class IpDataFootprint {

    private IpDataFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = BenchmarkData.directory();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("IP data in " + directory.toAbsolutePath().normalize());
        for (int round = 1; round <= 3; round++) {
            long before = settledHeap(memory);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            IpDataDirectory data = IpDataDirectory.load(directory);
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            long after = settledHeap(memory);
            System.out.printf("round %d: loaded in %d ms (%d ms of CPU on the loading thread); the data holds %.1f MB of heap%n",
                    round, loadMillis, cpuMillis, (after - before) / 1e6);
            data.close();
            if (data.current() == null) {
                throw new IllegalStateException("kept alive until measured");
            }
        }
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

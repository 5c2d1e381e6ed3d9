package bench.driver;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from /proc, in milliseconds: what a phase cost the app and the database whatever else the machine ran
 * (a busy neighbour stretches the wall-clock time, not the CPU time the work needs).
 */
final class CpuTime {

  /** Linux's clock ticks per second for /proc's times (USER_HZ, 100 on every common kernel). */
  private static final long TICKS_PER_SECOND = 100;

  private CpuTime() {}

  /** User and system time of one process (all its threads). */
  static long of(long pid) {
    long[] fields = stat(pid);
    return fields == null ? 0 : (fields[0] + fields[1]) * 1000 / TICKS_PER_SECOND;
  }

  /**
   * A PostgreSQL cluster's time: the postmaster's own and that of its children that ended (cutime, cstime), plus the
   * backends and workers still running. 0 when the pid is 0 (unknown).
   */
  static long ofCluster(long postmasterPid) {
    if (postmasterPid <= 0) {
      return 0;
    }
    long[] own = stat(postmasterPid);
    long ticks = own == null ? 0 : own[0] + own[1] + own[2] + own[3];
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        long[] fields = stat(Long.parseLong(process.getFileName().toString()));
        if (fields != null && fields[4] == postmasterPid) {
          ticks += fields[0] + fields[1];
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * 1000 / TICKS_PER_SECOND;
  }

  /** utime, stime, cutime, cstime, ppid of /proc/<pid>/stat; null when the process is gone. */
  private static long[] stat(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // The command name (field 2) may hold spaces and parentheses: the fields after it follow its last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]),
          Long.parseLong(f[1])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}

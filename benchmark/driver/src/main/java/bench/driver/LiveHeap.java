package bench.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the app's heap really holds at one moment: {@code jcmd <pid> GC.class_histogram} collects the whole heap
 * first, so its total is the live set, not the garbage the collector has not reached yet. RSS alone cannot tell a
 * heap that holds 2 GB from one that merely grew to 2 GB. The collection it forces can shrink the heap, so it is
 * taken only at the end of a phase, after that phase's RSS peak was read.
 */
final class LiveHeap {

  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
  private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

  private LiveHeap() {}

  /** The live heap as JSON ({@code {"liveMb":…,"objects":…,"top":[{"class","mb","instances"}…]}}), or null. */
  static String of(long pid, int topClasses) {
    try {
      Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
          .redirectErrorStream(true).start();
      String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!jcmd.waitFor(5, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
        return "null";
      }
      long total = -1;
      long objects = 0;
      List<String> top = new ArrayList<>();
      for (String line : output.split("\n")) {
        Matcher row = ROW.matcher(line);
        if (row.find() && top.size() < topClasses) {
          top.add(String.format(Locale.ROOT, "{\"class\":%s,\"mb\":%.1f,\"instances\":%s}",
              LoadDriver.quote(row.group(3)), Long.parseLong(row.group(2)) / 1048576.0, row.group(1)));
        }
        Matcher sum = TOTAL.matcher(line);
        if (sum.find()) {
          objects = Long.parseLong(sum.group(1));
          total = Long.parseLong(sum.group(2));
        }
      }
      if (total < 0) {
        return "null";
      }
      return String.format(Locale.ROOT, "{\"liveMb\":%d,\"objects\":%d,\"top\":[%s]}", total / 1048576, objects,
          String.join(",", top));
    } catch (IOException e) {
      return "null";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "null";
    }
  }
}

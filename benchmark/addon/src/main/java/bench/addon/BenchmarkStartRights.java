package bench.addon;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;

/**
 * Put on phoihop's class path by benchmark/run only (Spring Boot's {@code loader.path}); never part of the product.
 * phoihop starts a process by hand only if a family declares it startable, for administrators as well; the
 * benchmark's flows are declared the way every family declares its own, for the city office (whose demo account
 * drives the load) and the administrators (who start the timer flow).
 */
@AutoConfiguration
public class BenchmarkStartRights {

  @Bean
  StartableProcess benchmarkMinimalStarters() {
    return new StartableProcess("benchmark-minimal", Set.of("city-office", "camunda-admin"));
  }

  @Bean
  StartableProcess benchmarkTimersStarters() {
    return new StartableProcess("benchmark-timers", Set.of("city-office", "camunda-admin"));
  }
}

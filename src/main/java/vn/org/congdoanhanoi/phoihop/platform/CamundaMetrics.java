package vn.org.congdoanhanoi.phoihop.platform;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's own figures in Prometheus: the engine metrics it reports to its database (activity instances,
 * jobs, root instances) and the current state operators watch (running instances, open tasks, incidents,
 * failed jobs). Each figure is a database query, so values are cached for a short time and a scrape costs at
 * most a handful of queries.
 */
@Component
class CamundaMetrics implements MeterBinder {

  private static final Map<String, String> ENGINE_COUNTERS = Map.of(
      Metrics.ROOT_PROCESS_INSTANCE_START, "camunda.process.instances.started",
      Metrics.ACTIVTY_INSTANCE_START, "camunda.activity.instances.started",
      Metrics.ACTIVTY_INSTANCE_END, "camunda.activity.instances.ended",
      Metrics.JOB_SUCCESSFUL, "camunda.jobs.successful",
      Metrics.JOB_FAILED, "camunda.jobs.failed",
      Metrics.JOB_ACQUISITION_ATTEMPT, "camunda.job.acquisition.attempts");

  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final Duration cacheFor;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  CamundaMetrics(ManagementService managementService, RuntimeService runtimeService, TaskService taskService,
                 HistoryService historyService, @Value("${phoihop.metrics.camunda-cache-seconds}") long cacheSeconds) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.cacheFor = Duration.ofSeconds(cacheSeconds);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    ENGINE_COUNTERS.forEach((engineName, meterName) ->
        FunctionCounter.builder(meterName, this, m -> m.cached(engineName,
                () -> managementService.createMetricsQuery().name(engineName).sum()))
            .description("Camunda engine metric '" + engineName + "' (as flushed to the database)")
            .register(registry));
    gauge(registry, "camunda.process.instances.running", "Running process instances",
        () -> runtimeService.createProcessInstanceQuery().active().count());
    gauge(registry, "camunda.tasks.open", "Open user tasks", () -> taskService.createTaskQuery().count());
    gauge(registry, "camunda.incidents.open", "Open incidents", () -> runtimeService.createIncidentQuery().count());
    gauge(registry, "camunda.jobs.failed.no.retries", "Jobs whose retries are spent",
        () -> managementService.createJobQuery().noRetriesLeft().count());
    gauge(registry, "camunda.process.instances.completed", "Process instances completed (history)",
        () -> historyService.createHistoricProcessInstanceQuery().completed().count());
  }

  private void gauge(MeterRegistry registry, String name, String description, Supplier<Long> query) {
    Gauge.builder(name, this, m -> m.cached(name, query)).description(description).register(registry);
  }

  private double cached(String key, Supplier<Long> query) {
    Cached entry = cache.get(key);
    // Elapsed time, not a date: the monotonic timer, unaffected by the engine clock or a system clock change.
    long now = System.nanoTime();
    if (entry == null || now - entry.at() > cacheFor.toNanos()) {
      entry = new Cached(query.get(), now);
      cache.put(key, entry);
    }
    return entry.value();
  }

  private record Cached(double value, long at) {}
}

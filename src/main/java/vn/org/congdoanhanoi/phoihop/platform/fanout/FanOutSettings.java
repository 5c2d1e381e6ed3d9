package vn.org.congdoanhanoi.phoihop.platform.fanout;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code phoihop.fanout} in application.yaml. A running fan-out keeps the values it was planned with.
 *
 * @param batchSize children started per job (one transaction): big enough that a job's overhead is small, small
 *     enough that a batch finishes well within the job lock (30 s) on a loaded machine
 * @param parallelBatches job chains per fan-out running side by side (at most the job executor's threads)
 */
@ConfigurationProperties("phoihop.fanout")
public record FanOutSettings(Integer batchSize, Integer parallelBatches) {

  public FanOutSettings {
    batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
    parallelBatches = parallelBatches == null || parallelBatches < 1 ? 2 : parallelBatches;
  }
}

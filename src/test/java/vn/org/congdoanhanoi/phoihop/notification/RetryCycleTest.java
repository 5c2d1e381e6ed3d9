package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** PHOIHOP_NOTIFICATION_RETRY_CYCLE reads as Camunda's retry cycles do; a wrong value stops the start with a hint. */
class RetryCycleTest {

  @Test
  void aRepeatedIntervalGivesThatManyTriesInAll() {
    RetryCycle cycle = RetryCycle.parse("R3/PT5M");
    assertThat(cycle.tries()).isEqualTo(3);
    assertThat(cycle.waitBefore(2)).isEqualTo(Duration.ofMinutes(5));
    assertThat(cycle.waitBefore(3)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aListOfWaitsGivesOneTryMoreThanWaits() {
    RetryCycle cycle = RetryCycle.parse("PT1M, PT5M,PT30M");
    assertThat(cycle.tries()).isEqualTo(4);
    assertThat(cycle.waitBefore(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(cycle.waitBefore(4)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aWrongCycleNamesTheSettingAndShowsGoodExamples() {
    assertThatThrownBy(() -> RetryCycle.parse("3 lần")).hasMessageContaining("PHOIHOP_NOTIFICATION_RETRY_CYCLE")
        .hasMessageContaining("R3/PT5M");
    assertThatThrownBy(() -> RetryCycle.parse("R0/PT5M")).hasMessageContaining("PHOIHOP_NOTIFICATION_RETRY_CYCLE");
  }
}

package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineDependent;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/** A cluster's registration cut-off is 10 working days before the deadline: it moves when the deadline moves. */
@Component
@RequiredArgsConstructor
class ClusterCutOffOnDeadlineChange implements DeadlineDependent {

  private final WorkingDayCalendar calendar;

  @Override
  public void deadlineChanged(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                              RuntimeService runtimeService) {
    if (ClusterCeremony.KEY.equals(processDefinitionKey)) {
      runtimeService.setVariable(processInstanceId, ClusterCeremony.Vars.REGISTRATION_CUT_OFF.name(),
          ClusterCeremony.Vars.REGISTRATION_CUT_OFF.stored(OpenClusterRegistrationDelegate.registrationCutOff(calendar,
              newDeadline)));
    }
  }
}

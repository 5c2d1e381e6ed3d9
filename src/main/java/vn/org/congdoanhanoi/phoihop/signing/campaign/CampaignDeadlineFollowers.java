package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineDependent;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutChildren;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Letter 222/LĐLĐ sets one deadline for every unit and cluster of the campaign: when the city office moves the
 * campaign's deadline, every unit's signing and every cluster's ceremony still running get it too.
 */
@Component
@RequiredArgsConstructor
class CampaignDeadlineFollowers implements DeadlineDependent {

  private final FanOutChildren children;

  @Override
  public List<String> followers(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                                RuntimeService runtimeService) {
    if (!SigningCampaign.KEY.equals(processDefinitionKey)) {
      return List.of();
    }
    return children.running(processInstanceId, List.of(UnitSigning.KEY, ClusterCeremony.KEY)).stream()
        .map(ProcessInstance::getId).toList();
  }
}

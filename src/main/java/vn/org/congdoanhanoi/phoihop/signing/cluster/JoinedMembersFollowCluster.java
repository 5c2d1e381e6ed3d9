package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineDependent;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutChildren;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Under letter 222/LĐLĐ a unit that joined its cluster's ceremony signs there, on the date the lead proposes: it
 * cannot sign earlier by itself. So when the cluster's deadline is extended (the office's "Đôn đốc Cụm trưởng", or
 * a change of the cluster's instance), each member that joined gets the later deadline too, instead of being
 * reminded, followed up and counted late for a ceremony it does not schedule. A member never loses time: one
 * whose own deadline is already the new one or later keeps it; members signing by locality keep theirs.
 */
@Component
@RequiredArgsConstructor
class JoinedMembersFollowCluster implements DeadlineDependent {

  private final ClusterRegistrations registrations;
  private final FanOutChildren children;

  @Override
  public List<String> followers(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                                RuntimeService runtimeService) {
    if (!ClusterCeremony.KEY.equals(processDefinitionKey)) {
      return List.of();
    }
    String campaign = children.parentOf(processInstanceId).orElse(null);
    if (campaign == null) {
      return List.of();
    }
    Map<String, Object> vars = runtimeService.getVariables(processInstanceId, List.of(ProcessVariable.names(
        ClusterCeremony.Vars.DOCUMENT_NUMBER, ClusterCeremony.Vars.CAMPAIGN_YEAR, ClusterCeremony.Vars.CLUSTER_CODE)));
    String number = ClusterCeremony.Vars.DOCUMENT_NUMBER.required(vars);
    int year = ClusterCeremony.Vars.CAMPAIGN_YEAR.required(vars);
    String clusterCode = ClusterCeremony.Vars.CLUSTER_CODE.required(vars);
    return registrations.joined(new CampaignId(number, year), clusterCode).stream()
        .map(unit -> children.runningChild(campaign, UnitSigning.KEY, UnitSigning.businessKey(number, unit)))
        .flatMap(Optional::stream)
        .map(ProcessInstance::getId)
        .filter(member -> deadlineBefore(runtimeService, member, newDeadline))
        .toList();
  }

  private static boolean deadlineBefore(RuntimeService runtime, String instanceId, LocalDate newDeadline) {
    LocalDate own = UnitSigning.Vars.DEADLINE.parse(runtime.getVariable(instanceId, UnitSigning.Vars.DEADLINE.name()));
    return own == null || own.isBefore(newDeadline);
  }
}

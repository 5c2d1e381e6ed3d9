package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutChild;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutPlan;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * {@code ServiceTask_StartSignings}: plans the campaign's children, one {@code cluster-ceremony} per cluster (first,
 * so that a cluster's registration is open before its members can decide) and one {@code unit-signing} per unit, with
 * the letter's values they used to get from the call activities. The fan-out starts them in batches once the
 * campaign's start has committed, and messages {@code ReceiveTask_SigningsEnded} when all have ended.
 */
@Component
@RequiredArgsConstructor
public class StartSigningsDelegate implements JavaDelegate {

  private static final String FAN_OUT = "signings";

  private final FanOuts fanOuts;
  private final OrganizationDirectory organization;

  @Override
  public void execute(DelegateExecution execution) {
    String number = Vars.DOCUMENT_NUMBER.required(execution);
    List<String> units = Vars.UNIT_CODES.required(execution);
    Map<String, Object> letter = new HashMap<>();
    Vars.DOCUMENT_NUMBER.copy(execution, letter);
    Vars.SUBJECT.copy(execution, letter);
    Vars.TERM.copy(execution, letter);
    Vars.ISSUED_ON.copy(execution, letter);
    Vars.DEADLINE.copy(execution, letter);
    Vars.CAMPAIGN_YEAR.copy(execution, letter);

    // A cluster is given its own members that take part, not the campaign's list: that list in every cluster's
    // instance was ten thousand codes written three times (variable, history, detail) for each of a thousand clusters.
    Set<String> taking = new HashSet<>(units);
    int year = Vars.CAMPAIGN_YEAR.required(execution);
    List<FanOutChild> children = new ArrayList<>();
    for (String cluster : Vars.CLUSTER_CODES.required(execution)) {
      Map<String, Object> own = ClusterCeremony.Vars.CLUSTER_CODE.putInto(new HashMap<>(), cluster);
      ClusterCeremony.Vars.UNIT_CODES.putInto(own, organization.cluster(year, cluster)
          .map(c -> c.memberUnitCodes().stream().filter(taking::contains).toList()).orElse(List.of()));
      children.add(new FanOutChild(ClusterCeremony.KEY, ClusterCeremony.businessKey(number, cluster), own));
    }
    for (String unit : units) {
      children.add(new FanOutChild(UnitSigning.KEY, UnitSigning.businessKey(number, unit),
          UnitSigning.Vars.UNIT_CODE.putInto(new HashMap<>(), unit)));
    }
    fanOuts.plan(execution, new FanOutPlan(FAN_OUT, SigningCampaign.Messages.SIGNINGS_ENDED, letter, children));
  }
}

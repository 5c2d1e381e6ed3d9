package vn.org.congdoanhanoi.phoihop.signing.unit;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_PrepareUnitSigning}: the unit's names and its cluster of the campaign year, for the forms. */
@Component
@RequiredArgsConstructor
public class PrepareUnitSigningDelegate implements JavaDelegate {

  private final OrganizationDirectory organization;

  @Override
  public void execute(DelegateExecution execution) {
    String code = Vars.UNIT_CODE.required(execution);
    Unit unit = organization.unit(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
    Vars.UNIT_NAME.set(execution, unit.federationName());
    Vars.PARTY_COMMITTEE_NAME.set(execution, unit.partyCommitteeName());
    Cluster cluster = organization.clusterOf(Vars.CAMPAIGN_YEAR.required(execution), code).orElse(null);
    Vars.CLUSTER_CODE.set(execution, cluster == null ? null : cluster.code());
    Vars.CLUSTER_NAME.set(execution, cluster == null ? null : cluster.name());
  }
}

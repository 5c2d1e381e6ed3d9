package vn.org.congdoanhanoi.phoihop.signing.unit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_PrepareUnitSigning}: the unit's names and its cluster of the campaign year, for the forms. */
@Component
public class PrepareUnitSigningDelegate implements JavaDelegate {

  private final OrganizationDirectory organization;

  public PrepareUnitSigningDelegate(OrganizationDirectory organization) {
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = Variables.requiredText(execution, Vars.UNIT_CODE);
    Unit unit = organization.unit(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
    execution.setVariable(Vars.UNIT_NAME, unit.federationName());
    execution.setVariable(Vars.PARTY_COMMITTEE_NAME, unit.partyCommitteeName());
    Cluster cluster = organization.clusterOf(Variables.integer(execution, Vars.CAMPAIGN_YEAR), code).orElse(null);
    execution.setVariable(Vars.CLUSTER_CODE, cluster == null ? null : cluster.code());
    execution.setVariable(Vars.CLUSTER_NAME, cluster == null ? null : cluster.name());
  }
}

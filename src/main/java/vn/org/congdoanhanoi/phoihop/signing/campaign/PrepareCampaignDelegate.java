package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningRecords;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/**
 * {@code ServiceTask_PrepareCampaign}: fixes who takes part (the given units, or every active district-level
 * unit and Party committee under the City) and which clusters of the campaign's year hold a joint ceremony.
 */
@Component
@RequiredArgsConstructor
public class PrepareCampaignDelegate implements JavaDelegate {

  private final OrganizationDirectory organization;
  private final SigningRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = Vars.UNIT_CODES.optional(execution)
        .orElseGet(() -> organization.defaultSigningUnits().stream().map(Unit::code).toList());
    int year = Vars.ISSUED_ON.required(execution).getYear();
    Set<String> taking = new HashSet<>(units); // ten thousand units: a look-up per cluster member, not a scan
    List<String> clusters = organization.clusters(year).stream()
        .filter(c -> c.memberUnitCodes().stream().anyMatch(taking::contains))
        .map(c -> c.code())
        .toList();
    records.clearEarlierAttempts(new CampaignId(Vars.DOCUMENT_NUMBER.required(execution), year));
    Vars.UNIT_CODES.set(execution, units);
    Vars.CLUSTER_CODES.set(execution, clusters);
    Vars.CAMPAIGN_YEAR.set(execution, year);
  }
}

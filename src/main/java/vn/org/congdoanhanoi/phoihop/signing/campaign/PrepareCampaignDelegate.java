package vn.org.congdoanhanoi.phoihop.signing.campaign;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningRecords;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/**
 * {@code ServiceTask_PrepareCampaign}: fixes who takes part (the given units, or every active district-level
 * unit and Party committee under the City) and which clusters of the campaign's year hold a joint ceremony.
 */
@Component
public class PrepareCampaignDelegate implements JavaDelegate {

  private final OrganizationDirectory organization;
  private final JsonLists jsonLists;
  private final SigningRecords records;

  public PrepareCampaignDelegate(OrganizationDirectory organization, JsonLists jsonLists, SigningRecords records) {
    this.organization = organization;
    this.jsonLists = jsonLists;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(Vars.UNIT_CODES);
    List<String> units = given == null
        ? organization.defaultSigningUnits().stream().map(Unit::code).toList()
        : jsonLists.strings(given);
    int year = Variables.date(execution, Vars.ISSUED_ON).getYear();
    List<String> clusters = organization.clusters(year).stream()
        .filter(c -> c.memberUnitCodes().stream().anyMatch(units::contains))
        .map(c -> c.code())
        .toList();
    records.clearEarlierAttempts(new CampaignId(Variables.requiredText(execution, Vars.DOCUMENT_NUMBER), year));
    execution.setVariable(Vars.UNIT_CODES, JsonLists.toJson(units));
    execution.setVariable(Vars.CLUSTER_CODES, JsonLists.toJson(clusters));
    execution.setVariable(Vars.CAMPAIGN_YEAR, year);
  }
}

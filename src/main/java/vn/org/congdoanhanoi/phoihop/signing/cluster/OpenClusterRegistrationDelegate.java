package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;

/**
 * {@code ServiceTask_OpenClusterRegistration}: lists the cluster's participating members as undecided and sets
 * the cut-off after which the lead proposes with whoever has joined: 10 working days before the deadline.
 */
@Component
class OpenClusterRegistrationDelegate implements JavaDelegate {

  static final int CUT_OFF_WORKING_DAYS_BEFORE_DEADLINE = 10;

  private final OrganizationDirectory organization;
  private final ClusterRegistrations registrations;
  private final WorkingDayCalendar calendar;
  private final JsonLists jsonLists;
  private final ClusterSummary summary;

  OpenClusterRegistrationDelegate(OrganizationDirectory organization, ClusterRegistrations registrations,
                                  WorkingDayCalendar calendar, JsonLists jsonLists, ClusterSummary summary) {
    this.organization = organization;
    this.registrations = registrations;
    this.calendar = calendar;
    this.jsonLists = jsonLists;
    this.summary = summary;
  }

  /** The end of the working day 10 working days before the deadline, as the ISO date-time the timer reads. */
  static String registrationCutOff(WorkingDayCalendar calendar, LocalDate deadline) {
    LocalDate cutOff = calendar.minusWorkingDays(deadline, CUT_OFF_WORKING_DAYS_BEFORE_DEADLINE);
    return cutOff.atTime(17, 0).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime().toString();
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    int year = Variables.integer(execution, Vars.CAMPAIGN_YEAR);
    String code = Variables.requiredText(execution, Vars.CLUSTER_CODE);
    Cluster cluster = organization.cluster(year, code).orElseThrow(() -> new IllegalStateException("Unknown cluster " + code));
    List<String> participants = jsonLists.strings(execution.getVariable(Vars.UNIT_CODES));
    List<String> members = cluster.memberUnitCodes().stream().filter(participants::contains).toList();
    registrations.open(campaign, code, members);

    execution.setVariable(Vars.CLUSTER_NAME, cluster.name());
    execution.setVariable(Vars.LEAD_UNIT_CODE, cluster.leadUnitCode());
    execution.setVariable(Vars.LEAD_UNIT_NAME, organization.federation(cluster.leadUnitCode()));
    execution.setVariable("clusterLeadGroup", Groups.clusterLead(year, code));
    execution.setVariable(Vars.REGISTRATION_CUT_OFF, registrationCutOff(calendar, Variables.date(execution, Vars.DEADLINE)));
    execution.setVariable(Vars.MEMBER_SUMMARY, summary.of(campaign, code));
  }
}

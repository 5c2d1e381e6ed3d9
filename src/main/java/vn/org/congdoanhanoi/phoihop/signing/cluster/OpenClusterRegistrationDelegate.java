package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;

/**
 * {@code ServiceTask_OpenClusterRegistration}: lists the cluster's participating members as undecided and sets
 * the cut-off after which the lead proposes with whoever has joined: 10 working days before the deadline.
 */
@Component
@RequiredArgsConstructor
class OpenClusterRegistrationDelegate implements JavaDelegate {

  static final int CUT_OFF_WORKING_DAYS_BEFORE_DEADLINE = 10;

  private final OrganizationDirectory organization;
  private final ClusterRegistrations registrations;
  private final WorkingDayCalendar calendar;
  private final ClusterSummary summary;

  /** The end of the working day 10 working days before the deadline, as the ISO date-time the timer reads. */
  static OffsetDateTime registrationCutOff(WorkingDayCalendar calendar, LocalDate deadline) {
    LocalDate cutOff = calendar.minusWorkingDays(deadline, CUT_OFF_WORKING_DAYS_BEFORE_DEADLINE);
    return cutOff.atTime(17, 0).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    int year = Vars.CAMPAIGN_YEAR.required(execution);
    String code = Vars.CLUSTER_CODE.required(execution);
    Cluster cluster = organization.cluster(year, code).orElseThrow(() -> new IllegalStateException("Unknown cluster " + code));
    List<String> participants = Vars.UNIT_CODES.required(execution);
    List<String> members = cluster.memberUnitCodes().stream().filter(participants::contains).toList();
    registrations.open(campaign, code, members);

    Vars.CLUSTER_NAME.set(execution, cluster.name());
    Vars.LEAD_UNIT_CODE.set(execution, cluster.leadUnitCode());
    Vars.LEAD_UNIT_NAME.set(execution, organization.federation(cluster.leadUnitCode()));
    Vars.LEAD_GROUP.set(execution, Groups.clusterLead(year, code));
    Vars.REGISTRATION_CUT_OFF.set(execution, registrationCutOff(calendar, Vars.DEADLINE.required(execution)));
    Vars.MEMBER_SUMMARY.set(execution, summary.of(campaign, code));
  }
}

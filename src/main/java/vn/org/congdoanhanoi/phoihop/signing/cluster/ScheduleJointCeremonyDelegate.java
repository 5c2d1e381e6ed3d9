package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyProgramme;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code ServiceTask_ScheduleJointCeremony}: books the joint ceremony (rules checked again in this transaction,
 * under the lock of the chairman's diary), with one agenda for all members, hosted by the lead's Party committee,
 * and the participants of every member. A date the rules now refuse raises {@code JOINT_SCHEDULE_REFUSED}: the
 * boundary event takes the cluster back to the lead's proposal, with the reason in {@code jointScheduleRefusal}.
 */
@Component
class ScheduleJointCeremonyDelegate implements JavaDelegate {

  private final CeremonyRules rules;
  private final Ceremonies registry;
  private final CeremonyProgramme programme;
  private final ClusterRegistrations registrations;
  private final OrganizationDirectory organization;

  ScheduleJointCeremonyDelegate(CeremonyRules rules, Ceremonies registry, CeremonyProgramme programme,
                                ClusterRegistrations registrations, OrganizationDirectory organization) {
    this.rules = rules;
    this.registry = registry;
    this.programme = programme;
    this.registrations = registrations;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Variables.requiredText(execution, Vars.CLUSTER_CODE);
    LocalDate date = Variables.date(execution, Vars.JOINT_DATE);
    LocalTime time = Variables.time(execution, Vars.JOINT_TIME);
    try {
      rules.requireAllowed("Không thể chốt lịch Lễ ký kết chung", campaign,
          Variables.date(execution, Vars.DEADLINE), date, time, Variables.text(execution, Vars.JOINT_VENUE),
          Joining.NOTHING, Vars.JOINT_DATE, Vars.JOINT_TIME);
    } catch (InvalidSubmissionException refused) {
      // The date was fine when proposed; since then the slot was taken, the deadline shortened or the holiday file
      // changed. Refusing the city's confirmation would refuse it for ever: the lead proposes again instead.
      execution.setVariable(Vars.JOINT_SCHEDULE_REFUSAL, "Đề xuất ngày " + CeremonyRules.DATE.format(date) + " lúc "
          + CeremonyRules.TIME.format(time) + " không chốt được: " + Submission.join(refused.violations()));
      throw new BpmnError(ClusterCeremony.Errors.SCHEDULE_REFUSED, refused.getMessage());
    }
    execution.setVariable(Vars.JOINT_SCHEDULE_REFUSAL, null);

    List<String> members = registrations.joined(campaign, cluster);
    String lead = Variables.requiredText(execution, Vars.LEAD_UNIT_CODE);
    String host = members.contains(lead) || members.isEmpty() ? lead : members.get(0);
    String hostPartyCommittee = organization.unit(host).orElseThrow().partyCommitteeName();
    Meeting ceremony = registry.schedule(campaign, CeremonyKind.CLUSTER, cluster, host,
        Variables.requiredText(execution, Vars.CLUSTER_NAME), date.atTime(time),
        Variables.requiredText(execution, Vars.JOINT_VENUE), Variables.text(execution, Vars.JOINT_SIGNING_MODE),
        Variables.text(execution, Vars.JOINT_COMBINED_ACTIVITY), Variables.text(execution, Vars.CITY_ATTENDEES),
        CeremonyProgramme.agenda(time, Variables.requiredText(execution, Vars.TERM), hostPartyCommittee, true),
        programme.participants(members), members);
    execution.setVariable(Vars.CEREMONY_ID, ceremony.id());
    execution.setVariable(Vars.CEREMONY_STARTS_AT, ceremony.startsAtIso());
    execution.setVariable(Vars.JOINED_MEMBER_CODES, JsonLists.toJson(members));
  }
}

package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyProgramme;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
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
@RequiredArgsConstructor
class ScheduleJointCeremonyDelegate implements JavaDelegate {

  private final CeremonyRules rules;
  private final Ceremonies registry;
  private final CeremonyProgramme programme;
  private final ClusterRegistrations registrations;
  private final OrganizationDirectory organization;

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Vars.CLUSTER_CODE.required(execution);
    LocalDate date = Vars.JOINT_DATE.orNull(execution);
    LocalTime time = Vars.JOINT_TIME.orNull(execution);
    try {
      rules.requireAllowed("Không thể chốt lịch Lễ ký kết chung", campaign,
          Vars.DEADLINE.orNull(execution), date, time, Vars.JOINT_VENUE.orNull(execution),
          Joining.NOTHING, Vars.JOINT_DATE.name(), Vars.JOINT_TIME.name());
    } catch (InvalidSubmissionException refused) {
      // The date was fine when proposed; since then the slot was taken, the deadline shortened or the holiday file
      // changed. Refusing the city's confirmation would refuse it for ever: the lead proposes again instead.
      Vars.JOINT_SCHEDULE_REFUSAL.set(execution, "Đề xuất ngày " + CeremonyRules.DATE.format(date) + " lúc "
          + CeremonyRules.TIME.format(time) + " không chốt được: " + Submission.join(refused.violations()));
      throw new BpmnError(ClusterCeremony.Errors.SCHEDULE_REFUSED, refused.getMessage());
    }
    Vars.JOINT_SCHEDULE_REFUSAL.set(execution, null);

    List<String> members = registrations.joined(campaign, cluster);
    String lead = Vars.LEAD_UNIT_CODE.required(execution);
    String host = members.contains(lead) || members.isEmpty() ? lead : members.get(0);
    String hostPartyCommittee = organization.unit(host).orElseThrow().partyCommitteeName();
    Meeting ceremony = registry.schedule(campaign, CeremonyKind.CLUSTER, cluster, host,
        Vars.CLUSTER_NAME.required(execution), date.atTime(time),
        Vars.JOINT_VENUE.required(execution), SigningChoices.code(Vars.JOINT_SIGNING_MODE.orNull(execution)),
        Vars.JOINT_COMBINED_ACTIVITY.orNull(execution), Vars.CITY_ATTENDEES.orNull(execution),
        CeremonyProgramme.agenda(time, Vars.TERM.required(execution), hostPartyCommittee, true),
        programme.participants(members), members);
    Vars.CEREMONY_ID.set(execution, ceremony.id());
    Vars.CEREMONY_STARTS_AT.set(execution, ceremony.startsAtWithOffset());
    Vars.JOINED_MEMBER_CODES.set(execution, members);
  }
}

package vn.org.congdoanhanoi.phoihop.followup;

import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp.FollowUpAction;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_FollowUpLateClusterLead}: the office's decision on a cluster lead who has not had the joint ceremony
 * booked. A whole cluster cannot be excused (its members still have to sign), so the ending choice is to release
 * the members, who then schedule by locality; a letter and an extension work as for a unit.
 */
@Component
@ValidatesTask(process = DeadlineFollowUp.KEY, task = DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD)
class ClusterLeadFollowUpDecision extends FollowUpDecision {

  ClusterLeadFollowUpDecision(WorkingDayCalendar calendar) {
    super(calendar);
  }

  @Override
  protected FollowUpAction ending() {
    return FollowUpAction.RELEASE_MEMBERS;
  }

  @Override
  protected String choices() {
    return "gửi công văn đôn đốc (SEND_LETTER), gia hạn cho Cụm trưởng (EXTEND) hoặc cho các đơn vị trong Cụm ký "
        + "theo địa bàn (RELEASE_MEMBERS)";
  }
}

package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * On {@code StartEvent_ConferencePlanned}: refuses a conference started with bad values however it was started,
 * refuses a district federation starting another district's conference, claims the plan's matter in the start's
 * transaction (of concurrent starts of one plan exactly one wins, the others roll back whole) and makes the plan
 * number the business key.
 */
@Component
@RequiredArgsConstructor
class ValidateConferenceStartListener implements ExecutionListener {

  private final ConferenceStartValidator validator;
  private final MatterRegistry matters;

  @Override
  public void notify(DelegateExecution execution) {
    List<Violation> violations = validator.validate(execution.getVariables());
    if (!violations.isEmpty()) {
      throw new InvalidSubmissionException("Không thể tổ chức Hội nghị đối thoại", violations);
    }
    PlanId plan = plan(execution);
    requireOwnDistrict(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        plan.districtCode());
    switch (matters.claim(plan.matterKey(), DialogueConference.KEY, execution.getProcessInstanceId())) {
      case CLAIMED -> execution.setProcessBusinessKey(plan.planNumber());
      case RUNNING -> throw new ConflictException("Hội nghị đối thoại theo " + plan.describe()
          + " đang được thực hiện (vừa bắt đầu hoặc đã bắt đầu trước đó); không bắt đầu lần thứ hai. Nếu hội nghị đó "
          + "vừa bị hủy, hãy thử lại.");
      case COMPLETED -> throw new InvalidSubmissionException("Không thể tổ chức Hội nghị đối thoại",
          List.of(ConferenceStartValidator.alreadyCompleted(plan)));
    }
  }

  /**
   * Every district federation may start the process (its start right), but only for its own district;
   * administrators for any (to help a district). A start without a user (the engine's own) is not checked. The
   * user is the one the REST or Tasklist request authenticated, as task validators read it: the engine does not
   * check authorizations while it runs listeners.
   */
  private static void requireOwnDistrict(Authentication user, String district) {
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (user == null || groups.contains(Groups.ADMINISTRATORS) || groups.contains(Groups.federation(district))) {
      return;
    }
    throw new ForbiddenException("Chỉ Ban Thường vụ LĐLĐ '" + district + "' (hoặc quản trị viên) được tổ chức Hội "
        + "nghị đối thoại của địa bàn này.");
  }

  static PlanId plan(DelegateExecution execution) {
    return plan(execution.getVariables());
  }

  /** The plan of a conference from its variables. */
  static PlanId plan(Map<String, ?> variables) {
    return new PlanId(DialogueConference.Vars.UNIT_CODE.required(variables),
        DialogueConference.Vars.ISSUED_ON.required(variables).getYear(),
        DialogueConference.Vars.PLAN_NUMBER.required(variables));
  }
}

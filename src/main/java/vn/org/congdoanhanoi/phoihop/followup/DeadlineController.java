package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The city office changes the deadline of one process instance:
 * {@code PUT /api/process-instances/{id}/deadline} with {@code {"deadline": "2022-07-15"}}. What follows that
 * instance moves with it as its family declares ({@link DeadlineDependent}: a campaign's units and clusters, a
 * unit's own follow-up), nothing else: one unit's instance moves that unit only. Every pending timer and every task
 * due at the old deadline of the instances concerned move with it.
 */
@RestController
@RequestMapping("/api/process-instances")
@RequiredArgsConstructor
class DeadlineController {

  private final DeadlineChanges changes;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;
  private final CurrentUser currentUser;

  record DeadlineChange(String deadline) {}

  @PutMapping("/{processInstanceId}/deadline")
  Map<String, Object> change(@PathVariable String processInstanceId, @RequestBody DeadlineChange body) {
    if (!currentUser.groupIds().contains(Groups.CITY_OFFICE) && !currentUser.isAdministrator()) {
      throw new ForbiddenException("Chỉ Văn phòng LĐLĐ Thành phố (nhóm " + Groups.CITY_OFFICE
          + ") được thay đổi thời hạn.");
    }
    LocalDate deadline = parse(body == null ? null : body.deadline());
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    if (instance == null) {
      throw new NotFoundException("Không có phiên quy trình đang chạy với mã " + processInstanceId + ".");
    }
    if (runtimeService.getVariable(processInstanceId, DeadlineFollowUp.Vars.DEADLINE.name()) == null) {
      throw new InvalidRequestException("Phiên quy trình " + processInstanceId + " không có thời hạn (biến deadline).");
    }
    DeadlineChanges.Result result = changes.change(processInstanceId, deadline);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("message", "Đã dời hạn sang ngày " + String.format("%02d/%02d/%d", deadline.getDayOfMonth(),
        deadline.getMonthValue(), deadline.getYear()) + " cho " + result.processInstances() + " phiên quy trình: "
        + result.tasks() + " công việc đổi hạn xử lý, " + result.timers() + " mốc hẹn giờ được tính lại.");
    answer.put(DeadlineFollowUp.Vars.DEADLINE.name(), deadline.toString());
    answer.put("processInstances", result.processInstances());
    answer.put("tasks", result.tasks());
    answer.put("timers", result.timers());
    return answer;
  }

  private LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("Thiếu hạn mới (deadline, dạng năm-tháng-ngày, ví dụ 2022-07-15).");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("Hạn mới phải có dạng năm-tháng-ngày (ví dụ 2022-07-15), nhận được '"
          + Submission.quote(text) + "'.");
    }
    if (!calendar.covers(date.getYear())) {
      throw new InvalidRequestException("Chưa có lịch ngày nghỉ của năm " + date.getYear()
          + "; quản trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE) trước.");
    }
    return date;
  }
}

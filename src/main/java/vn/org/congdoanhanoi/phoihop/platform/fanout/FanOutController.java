package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;

/**
 * {@code GET /api/fan-outs?processInstanceId=…}: how far the fan-outs of a parent instance are (planned, started,
 * ended, completed), for pages and for whoever follows the parent in Cockpit. Only for those who see every unit: a
 * fan-out spans units.
 */
@RestController
class FanOutController {

  private final FanOuts fanOuts;
  private final CurrentUser currentUser;

  FanOutController(FanOuts fanOuts, CurrentUser currentUser) {
    this.fanOuts = fanOuts;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/fan-outs")
  List<FanOutProgress> progress(@RequestParam String processInstanceId) {
    if (!AccessPolicy.cityWide(currentUser.groupIds())) {
      throw new ForbiddenException("Chỉ LĐLĐ Thành phố và quản trị viên được xem tiến độ khởi tạo công việc cho "
          + "các đơn vị.");
    }
    return fanOuts.progress(processInstanceId);
  }
}

package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxEntry.Status;

/**
 * The incoming-mail ledger for administrators, read only: {@code GET /api/inbox/messages?status=FAILED} lists the
 * messages set aside with their last error, {@code ?status=NEEDS_REVIEW} or {@code REJECTED} the others, newest
 * first; {@code mailbox}, {@code page} (from 0) and {@code size} (at most 200) narrow it down. Senders and subjects
 * of every unit's mail are in it, so nobody else reads it.
 */
@RestController
@RequestMapping("/api/inbox/messages")
@RequiredArgsConstructor
class InboxController {

  private static final int MAX_SIZE = 200;

  private final InboxLedger ledger;
  private final CurrentUser user;

  @GetMapping
  List<InboxEntry> messages(@RequestParam(required = false) String mailbox,
                            @RequestParam(required = false) String status,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
    user.requireAdministrator();
    List<Map<String, String>> errors = new ArrayList<>();
    Status wanted = null;
    if (status != null) {
      try {
        wanted = Status.valueOf(status);
      } catch (IllegalArgumentException e) {
        errors.add(Map.of("field", "status",
            "message", "Trạng thái phải là một trong: RETRYING, TAKEN, NEEDS_REVIEW, REJECTED, FAILED."));
      }
    }
    if (page < 0) {
      errors.add(Map.of("field", "page", "message", "Số trang bắt đầu từ 0."));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(Map.of("field", "size", "message", "Mỗi trang có từ 1 đến " + MAX_SIZE + " thư."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Tham số không hợp lệ: hãy sửa các trường được nêu.", errors);
    }
    return ledger.entries(mailbox, wanted, page * size, size);
  }
}

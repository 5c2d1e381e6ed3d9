package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;

/**
 * {@code PUT /api/dialogue-conferences/date} with {@code {"planNumber", "issuedOn", "unitCode", "conferenceDate",
 * "conferenceTime", "venue"}}: the district federation moves its confirmed conference; the invitations follow.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/date")
@RequiredArgsConstructor
class ConferenceDateController {

  private final ConferenceRescheduling rescheduling;
  private final CurrentUser currentUser;

  @PutMapping
  ConferenceRescheduling.Moved reschedule(@RequestBody Map<String, Object> body) {
    return rescheduling.reschedule(body, currentUser.groupIds());
  }
}

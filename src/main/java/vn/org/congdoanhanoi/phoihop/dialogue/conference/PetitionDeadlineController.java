package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;

/**
 * {@code PUT /api/dialogue-conferences/petition-deadline} with {@code {"planNumber", "issuedOn", "unitCode",
 * "petitionDeadline"}}: the district federation gives every union of its plan more time to send petitions.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/petition-deadline")
@RequiredArgsConstructor
class PetitionDeadlineController {

  private final PetitionDeadlineExtension extension;
  private final CurrentUser currentUser;

  @PutMapping
  PetitionDeadlineExtension.Extended extend(@RequestBody Map<String, Object> body) {
    return extension.extend(body, currentUser.groupIds());
  }
}

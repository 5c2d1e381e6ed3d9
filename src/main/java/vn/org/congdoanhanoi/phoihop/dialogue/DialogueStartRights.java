package vn.org.congdoanhanoi.phoihop.dialogue;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;

/**
 * Who starts what in the dialogue family: a district federation's standing committee starts its own district's
 * conference (plan 477/KH-LĐLĐ is Gia Lâm's), administrators any district's to help; the city federation receives
 * the report but does not run a district's conference. Which district is checked at the start event
 * ({@code ValidateConferenceStartListener}), since a start right is per process, not per variable.
 */
@Configuration
class DialogueStartRights {

  @Bean
  StartableProcess dialogueConferenceStarters() {
    return StartableProcess.withRule(DialogueConference.KEY, Set.of(Groups.ADMINISTRATORS),
        group -> Groups.federationUnit(group).isPresent());
  }
}

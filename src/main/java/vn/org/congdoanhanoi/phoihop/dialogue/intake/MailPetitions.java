package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;

/**
 * Stores a mail's petition once by its Message-ID: a Message-ID stored before (the ledger bypassed, a copy restored
 * from a backup, a reviewed mail sent again) is the petition stored then, never a second one and never an error.
 */
@Component
@RequiredArgsConstructor
class MailPetitions {

  private final Petitions petitions;

  long store(IncomingPetition petition) {
    try {
      return petitions.receive(petition);
    } catch (ConflictException stored) {
      return petitions.bySource(petition.channel(), petition.sourceReference()).orElseThrow(() -> stored);
    }
  }
}

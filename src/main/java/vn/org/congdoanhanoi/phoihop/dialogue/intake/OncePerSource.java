package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;

/**
 * Stores a petition once per source (a mail's Message-ID, an import file's hash and row): a source stored before (the
 * ledger bypassed, a reviewed mail sent again, the same file imported twice) is the petition stored then, never a
 * second one and never an error. The store's unique key decides, so two nodes racing agree.
 */
@Component
@RequiredArgsConstructor
class OncePerSource {

  /** The petition holding the source, and whether this call stored it. */
  record Stored(long id, boolean fresh) {}

  private final Petitions petitions;

  Stored store(IncomingPetition petition) {
    try {
      return new Stored(petitions.receive(petition), true);
    } catch (ConflictException stored) {
      return new Stored(petitions.bySource(petition.channel(), petition.sourceReference()).orElseThrow(() -> stored),
          false);
    }
  }
}

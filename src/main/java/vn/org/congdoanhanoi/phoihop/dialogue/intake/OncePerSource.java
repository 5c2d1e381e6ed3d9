package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;

/**
 * Stores a petition once per source (a mail's Message-ID, an import file's hash and row): a source stored before (the
 * ledger bypassed, a reviewed mail sent again, the same file imported again) is the petition stored then, never a
 * second one and never an error. It looks first: a refused insert marks the caller's transaction rollback-only
 * ({@link Petitions#receive} is transactional). Two callers racing on one source are still decided by the store's
 * unique key: the loser's {@link vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException} is a 409 for an import,
 * and for a mail a retry of the intake, which then finds the petition.
 */
@Component
@RequiredArgsConstructor
class OncePerSource {

  /** The petition holding the source, and whether this call stored it. */
  record Stored(long id, boolean fresh) {}

  private final Petitions petitions;

  Stored store(IncomingPetition petition) {
    return petitions.bySource(petition.channel(), petition.sourceReference())
        .map(id -> new Stored(id, false))
        .orElseGet(() -> new Stored(petitions.receive(petition), true));
  }
}

package vn.org.congdoanhanoi.phoihop.dialogue.union;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionFilter;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;

/**
 * {@code Gateway_AlreadySent}: whether the store holds a petition of the union before its instance starts. The REST,
 * mail and import channels take petitions as soon as the plan is open, while the conference invites its unions batch
 * by batch; a union that has sent before its batch gets no task, no reminder and no follow-up.
 */
@Component("petitionsAlreadyStored")
@RequiredArgsConstructor
public class PetitionsAlreadyStored {

  private final Petitions petitions;

  public boolean any(VariableScope union) {
    return petitions.page(new PetitionFilter(UnionPetitions.plan(union), null,
        UnionPetitions.Vars.GRASSROOTS_UNIT_CODE.required(union), null, null), 0, 1).total() > 0;
  }
}

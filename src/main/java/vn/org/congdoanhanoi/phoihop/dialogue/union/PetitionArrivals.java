package vn.org.congdoanhanoi.phoihop.dialogue.union;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionReceived;

/**
 * A union has sent a petition, by whatever channel: its task "Gửi kiến nghị" is done. A petition that came by REST,
 * mail or import ends the union's open task (and with it the reminders and the federation's follow-up), so a union
 * that answered is never reminded nor chased, and nobody has to close its task by hand. Runs in the transaction that
 * stores the petition: both happen or neither. A union whose task is already closed, or that the conference has not
 * invited yet, has no task to end; its petition is stored all the same.
 */
@Component
class PetitionArrivals {

  private final ProcessEngineConfigurationImpl engineConfiguration;

  PetitionArrivals(@Lazy ProcessEngineConfigurationImpl engineConfiguration) {
    this.engineConfiguration = engineConfiguration;
  }

  @EventListener
  void received(PetitionReceived petition) {
    if (petition.channel() == PetitionChannel.TASKLIST) {
      return; // sent in the union's own task, which is finishing already
    }
    // The sender may be a REST client or the mail reader, without rights on the union's instance: the channel has
    // checked who may send; ending the task is the system's consequence of that.
    engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> context.getProcessEngineConfiguration().getRuntimeService()
            .createMessageCorrelation(UnionPetitions.PETITION_ARRIVED_MESSAGE)
            .processInstanceBusinessKey(UnionPetitions.businessKey(petition.plan().planNumber(), petition.unionCode()))
            .processInstanceVariableEquals(UnionPetitions.Vars.UNIT_CODE.name(), petition.plan().districtCode())
            .correlateAllWithResult()));
  }
}
